using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Platforms;

namespace LiveRoom.LoadTests.Wire;

/// <summary>
/// Sends wire requests to one launch: the server key in <c>X-LiveRoom-Key</c> for orders and
/// beacons, an HMAC signature for the group bot (docs/http-api.md "Group-bot webhook"). With
/// <see cref="Platforms"/>, orders and refunds go as signed shop-platform callbacks instead.
/// </summary>
public sealed class WireClient(HttpClient http, Uri baseAddress, string launchId, string serverKey, EventJson json)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly byte[] NoneRejected = "\"rejected\":[]"u8.ToArray();
    private readonly Uri _single = new(baseAddress, $"api/launches/{launchId}/events");
    private readonly Uri _batch = new(baseAddress, $"api/launches/{launchId}/events/batch");
    private readonly Uri _bot = new(baseAddress, $"api/launches/{launchId}/bot/events");
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(serverKey);
    private static readonly byte[] PlatformSuccess = "\"code\":0"u8.ToArray();

    /// <summary>`run --via platforms`: the platform callbacks orders travel as; null for the native webhook.</summary>
    public PlatformWire? Platforms { get; init; }

    /// <summary>Status 0 = no answer (connection error or timeout).</summary>
    public async Task<WireOutcome> SendAsync(WireRequest r)
    {
        if (r.Channel == Channel.Order && Platforms is not null) return await SendPlatformAsync(Platforms.Request(r.Events[0]), wecom: false);
        // The planner sends each join and leave alone when they travel as WeCom callbacks.
        if (r.Channel == Channel.Bot && Platforms is { SendsMembership: true } && r.Events is [{ Kind: ModelKind.Join or ModelKind.Leave } member])
            return await SendPlatformAsync(Platforms.Membership(member), wecom: true);
        var (url, body, signed) = r.Channel switch
        {
            Channel.Order => (_single, json.Single(r.Events[0]), false),
            Channel.Beacon => (_batch, json.Batch(r.Events), false),
            Channel.Bot => (_bot, json.Batch(r.Events), true),
            _ => r.Broken == Malformation.BadSignature
                ? (_bot, json.Malformed(r.Events[0], r.Broken.Value), true)
                : (_single, json.Malformed(r.Events[0], r.Broken!.Value), false),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        if (signed) Sign(request, body, forged: r.Broken == Malformation.BadSignature);
        else request.Headers.TryAddWithoutValidation("X-LiveRoom-Key", serverKey);
        try
        {
            using var response = await http.SendAsync(request);
            var answer = await response.Content.ReadAsByteArrayAsync();
            var status = (int)response.StatusCode;
            return new WireOutcome(status, response.IsSuccessStatusCode && answer.AsSpan().IndexOf(NoneRejected) < 0);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new WireOutcome(0, false);
        }
    }

    /// <summary>
    /// A shop platform answers 200 <c>{"code":0,…}</c> to every push that reached its source, and
    /// WeCom 200 with an empty body, refused ones too (docs/sources.md), so only the status and
    /// that answer are checked here; what was applied is the truth check's to judge.
    /// </summary>
    private async Task<WireOutcome> SendPlatformAsync(HttpRequestMessage request, bool wecom)
    {
        try
        {
            using (request)
            using (var response = await http.SendAsync(request))
            {
                var answer = await response.Content.ReadAsByteArrayAsync();
                return new WireOutcome((int)response.StatusCode, response.IsSuccessStatusCode && !wecom && answer.AsSpan().IndexOf(PlatformSuccess) < 0);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new WireOutcome(0, false);
        }
    }

    private void Sign(HttpRequestMessage request, byte[] body, bool forged)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var message = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        var mac = HMACSHA256.HashData(_secret, message);
        if (forged) mac[0] ^= 0xFF;
        request.Headers.TryAddWithoutValidation("X-LiveRoom-Timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("X-LiveRoom-Signature", "sha256=" + Convert.ToHexStringLower(mac));
    }
}

/// <summary>The HTTP status (0 when none came) and whether a 2xx answer listed rejected events.</summary>
public readonly record struct WireOutcome(int Status, bool AnyRejected)
{
    public bool Ok => Status is >= 200 and < 300 && !AnyRejected;

    /// <summary>A malformed webhook must be refused with a client error, nothing else.</summary>
    public bool Refused => Status is >= 400 and < 500;
}
