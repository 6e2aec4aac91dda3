using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>
/// WeCom's server API as a source needs it (developer.work.weixin.qq.com: 获取access_token
/// document/path/91039, 获取客户群列表 92120, 获取客户群详情 92122). The access token is cached per
/// corp and secret until shortly before <c>expires_in</c> and fetched again when WeCom says it is
/// invalid or expired (errcode 40014, 42001, 40001); errcode 45009 (rate limit) is retried with a
/// doubling backoff. Its own HttpClient, not the factory's: nothing here logs a URL, and URLs carry
/// the secret (gettoken) or the token.
/// </summary>
public sealed class WeComApiClient(TimeProvider clock) : IWeComApi, IDisposable
{
    public const string DefaultApiBase = "https://qyapi.weixin.qq.com";
    private static readonly int[] TokenErrors = [40014, 42001, 40001];
    private const int RateLimited = 45009;
    private const int MaxAttempts = 4;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(250);
    /// <summary>A token is renewed this long before WeCom says it expires, so a call never starts with one about to die.</summary>
    private static readonly TimeSpan EarlyRenewal = TimeSpan.FromMinutes(5);

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(15) };
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _tokens = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> ListGroupChats(SourceDefinition source, CancellationToken ct = default)
    {
        var ids = new List<string>();
        string? cursor = null;
        // A corp has at most tens of thousands of customer groups at 1,000 a page; the bound stops a looping cursor.
        for (var page = 0; page < 200; page++)
        {
            var answer = await Call(source, "cgi-bin/externalcontact/groupchat/list",
                new Dictionary<string, object?> { ["status_filter"] = 0, ["limit"] = 1000, ["cursor"] = cursor }, ct);
            if (answer.TryGetProperty("group_chat_list", out var list) && list.ValueKind == JsonValueKind.Array)
                ids.AddRange(list.EnumerateArray().Select(c => c.TryGetProperty("chat_id", out var id) ? id.GetString() : null).OfType<string>());
            cursor = answer.TryGetProperty("next_cursor", out var next) ? next.GetString() : null;
            if (string.IsNullOrEmpty(cursor)) break;
        }
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    public async Task<WeComGroupChat?> GetGroupChat(SourceDefinition source, string chatId, CancellationToken ct = default)
    {
        var answer = await Call(source, "cgi-bin/externalcontact/groupchat/get",
            new Dictionary<string, object?> { ["chat_id"] = chatId, ["need_name"] = 0 }, ct);
        if (!answer.TryGetProperty("group_chat", out var chat) || chat.ValueKind != JsonValueKind.Object) return null;
        var members = chat.TryGetProperty("member_list", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(m => m.TryGetProperty("userid", out var u) ? u.GetString() : null).OfType<string>().ToList()
            : [];
        return new WeComGroupChat(
            chat.TryGetProperty("chat_id", out var id) ? id.GetString() ?? chatId : chatId,
            chat.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "",
            chat.TryGetProperty("owner", out var owner) ? owner.GetString() : null,
            members);
    }

    /// <summary>One POST with the token, renewing it or backing off as WeCom's error code says.</summary>
    private async Task<JsonElement> Call(SourceDefinition source, string path, object body, CancellationToken ct)
    {
        var backoff = FirstBackoff;
        var renewed = false;
        for (var attempt = 1; ; attempt++)
        {
            var token = await Token(source, ct);
            using var response = await _http.PostAsJsonAsync($"{Base(source)}/{path}?access_token={Uri.EscapeDataString(token)}", body, ct);
            var answer = await Read(response, ct);
            var errcode = ErrCode(answer);
            if (errcode == 0) return answer;
            if (TokenErrors.Contains(errcode) && !renewed)
            {
                _tokens.TryRemove(CacheKey(source), out _);
                renewed = true;
                continue;
            }
            if (errcode == RateLimited && attempt < MaxAttempts)
            {
                await Task.Delay(backoff, clock, ct);
                backoff *= 2;
                continue;
            }
            throw new WeComApiException(errcode, $"WeCom {path} answered errcode {errcode}");
        }
    }

    private async Task<string> Token(SourceDefinition source, CancellationToken ct)
    {
        var key = CacheKey(source);
        if (_tokens.TryGetValue(key, out var cached) && cached.Until > clock.GetUtcNow()) return cached.Token;
        var backoff = FirstBackoff;
        for (var attempt = 1; ; attempt++)
        {
            using var response = await _http.GetAsync(
                $"{Base(source)}/cgi-bin/gettoken?corpid={Uri.EscapeDataString(source.CorpId)}&corpsecret={Uri.EscapeDataString(source.ClientSecret)}", ct);
            var answer = await Read(response, ct);
            var errcode = ErrCode(answer);
            if (errcode == RateLimited && attempt < MaxAttempts)
            {
                await Task.Delay(backoff, clock, ct);
                backoff *= 2;
                continue;
            }
            if (errcode != 0 || !answer.TryGetProperty("access_token", out var t) || t.GetString() is not { Length: > 0 } token)
                throw new WeComApiException(errcode, $"WeCom gettoken answered errcode {errcode}");
            var seconds = answer.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 7200;
            _tokens[key] = (token, clock.GetUtcNow() + TimeSpan.FromSeconds(seconds) - EarlyRenewal);
            return token;
        }
    }

    private static async Task<JsonElement> Read(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode) throw new WeComApiException(-1, $"WeCom answered HTTP {(int)response.StatusCode}");
        try { return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).Clone(); }
        catch (JsonException) { throw new WeComApiException(-1, "WeCom's answer is not JSON"); }
    }

    private static int ErrCode(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("errcode", out var e) && e.TryGetInt32(out var code) ? code : 0;

    private static string Base(SourceDefinition source) => (string.IsNullOrEmpty(source.ApiBase) ? DefaultApiBase : source.ApiBase).TrimEnd('/');

    /// <summary>The secret is part of the key only as a hash, so a rotated secret gets a new token and no key holds the secret.</summary>
    private static string CacheKey(SourceDefinition source) =>
        $"{Base(source)}|{source.CorpId}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.ClientSecret)))}";

    public void Dispose() => _http.Dispose();
}
