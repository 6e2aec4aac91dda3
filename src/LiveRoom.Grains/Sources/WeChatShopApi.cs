using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>
/// The WeChat shop's order API as a source uses it: an access token from the stable token API
/// (<c>POST /cgi-bin/stable_token</c>), cached per app until shortly before it expires, and
/// <c>POST /channels/ec/order/get</c>. One HttpClient per silo. The token lives only in memory and
/// in request URLs this class never logs; failures are reported as codes.
/// </summary>
public sealed class WeChatShopApi(TimeProvider clock) : IDisposable
{
    /// <summary>Well under the interval the fetch loop runs at, so one slow shop cannot stall it for long.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The platform's answers to an access token that is invalid (40001), expired (42001) or not the newest (40014).</summary>
    public static readonly IReadOnlySet<int> StaleTokenCodes = new HashSet<int> { 40001, 42001, 40014 };

    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(5);

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _tokens = new(StringComparer.Ordinal);

    public async Task<WeChatShopFetch> GetOrder(SourceDefinition source, string orderId, CancellationToken cancellationToken)
    {
        var (token, failure) = await Token(source, rejected: null, cancellationToken);
        if (token is null) return WeChatShopFetch.Failed(failure!);
        var (answer, code) = await Post(source, $"channels/ec/order/get?access_token={Uri.EscapeDataString(token)}", new { order_id = orderId }, cancellationToken);
        if (answer is not null && code is { } c && StaleTokenCodes.Contains(c))
        {
            (token, failure) = await Token(source, rejected: token, cancellationToken);
            if (token is null) return WeChatShopFetch.Failed(failure!);
            (answer, code) = await Post(source, $"channels/ec/order/get?access_token={Uri.EscapeDataString(token)}", new { order_id = orderId }, cancellationToken);
        }
        if (answer is null) return WeChatShopFetch.Failed("order-http");
        if (code is { } e && e != 0) return WeChatShopFetch.Failed("order-" + e.ToString(CultureInfo.InvariantCulture));
        return new WeChatShopFetch(answer, null);
    }

    /// <summary>
    /// The app's token. The stable token API is used rather than <c>cgi-bin/token</c> because a new
    /// <c>cgi-bin/token</c> token cuts short the one the shop's other systems hold; the stable one
    /// is shared. When <paramref name="rejected"/> is the token the platform just refused, a fresh one
    /// is asked for, and forced only if the platform hands back the same one.
    /// </summary>
    private async Task<(string? Token, string? Failure)> Token(SourceDefinition source, string? rejected, CancellationToken cancellationToken)
    {
        var key = $"{source.ApiBase}\n{source.ClientId}\n{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source.ClientSecret)))}";
        var now = clock.GetUtcNow();
        if (_tokens.TryGetValue(key, out var cached) && cached.Until > now && cached.Token != rejected) return (cached.Token, null);
        _tokens.TryRemove(key, out _);

        foreach (var force in rejected is null ? new[] { false } : [false, true])
        {
            var (answer, code) = await Post(source, "cgi-bin/stable_token",
                new { grant_type = "client_credential", appid = source.ClientId, secret = source.ClientSecret, force_refresh = force }, cancellationToken);
            if (answer is null) return (null, "token-http");
            if (code is { } e && e != 0) return (null, "token-" + e.ToString(CultureInfo.InvariantCulture));
            using var doc = JsonDocument.Parse(answer);
            if (!doc.RootElement.TryGetProperty("access_token", out var t) || t.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(t.GetString()))
                return (null, "token-unreadable");
            var token = t.GetString()!;
            if (token == rejected) continue;
            var seconds = doc.RootElement.TryGetProperty("expires_in", out var x) && x.TryGetInt32(out var s) ? s : 7200;
            _tokens[key] = (token, clock.GetUtcNow() + TimeSpan.FromSeconds(seconds) - ExpiryMargin);
            return (token, null);
        }
        return (null, "token-stale");
    }

    /// <summary>The answer's bytes and its <c>errcode</c> (null when absent); null bytes when the call failed or was not JSON.</summary>
    private async Task<(byte[]? Answer, int? Code)> Post(SourceDefinition source, string path, object body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            var url = new Uri(new Uri(source.ApiBase.TrimEnd('/') + "/"), path);
            using var response = await _http.PostAsJsonAsync(url, body, timeout.Token);
            if (!response.IsSuccessStatusCode) return (null, null);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            using var doc = JsonDocument.Parse(bytes);
            int? code = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("errcode", out var c) && c.TryGetInt32(out var n) ? n : null;
            return (bytes, code);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException or UriFormatException)
        {
            return (null, null);
        }
    }

    public void Dispose() => _http.Dispose();
}
