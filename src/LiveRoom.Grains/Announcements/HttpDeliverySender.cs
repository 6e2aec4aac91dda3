using System.Net.Http.Headers;
using System.Net;
using System.Text.Json;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Ingestion;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Announcements;

/// <summary>
/// Posts to the generic webhook (signed like LiveRoom's inbound webhooks: HMAC-SHA256 over
/// "{unix seconds}." + body) and to WeCom robots. One HttpClient per silo; connections are recycled
/// so DNS changes of a gateway are picked up.
/// </summary>
public sealed class HttpDeliverySender(IOptions<OutboxOptions> options, TimeProvider clock) : IDeliverySender, IDisposable
{
    public const string IdempotencyHeader = "Idempotency-Key";

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        MaxConnectionsPerServer = 64,
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<SendOutcome> Send(OutboundMessage message, CancellationToken cancellationToken)
    {
        var channel = message.Channel;
        var body = channel.Kind == ChannelKind.WeCom ? OutboundPayloads.WeCom(message) : OutboundPayloads.Generic(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, channel.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(IdempotencyHeader, message.IdempotencyKey);
        if (channel.Kind == ChannelKind.Webhook)
        {
            var ts = clock.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, ts.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(channel.Secret ?? "", ts, body));
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.SendTimeout);
        try
        {
            using var response = await _http.SendAsync(request, timeout.Token);
            if ((int)response.StatusCode == 429)
                return new SendOutcome(false, "429 Too Many Requests", RetryAfter: response.Headers.RetryAfter?.Delta);
            if (!response.IsSuccessStatusCode)
                return new SendOutcome(false, $"{(int)response.StatusCode} {response.ReasonPhrase}", Permanent: IsPermanent(response.StatusCode));
            if (channel.Kind == ChannelKind.WeCom) return await WeComOutcome(response, timeout.Token);
            return SendOutcome.Ok;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome(false, $"timeout after {options.Value.SendTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return new SendOutcome(false, ex.Message);
        }
    }

    /// <summary>4xx other than 408/429 will not get better by retrying (bad URL, bad key).</summary>
    private static bool IsPermanent(HttpStatusCode code) => (int)code is >= 400 and < 500 and not 408 and not 429;

    /// <summary>WeCom answers 200 with {"errcode":…}: 0 is sent, 45009 is its rate limit, others are errors.</summary>
    private static async Task<SendOutcome> WeComOutcome(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var code = doc.RootElement.TryGetProperty("errcode", out var e) && e.TryGetInt32(out var c) ? c : 0;
            var msg = doc.RootElement.TryGetProperty("errmsg", out var m) ? m.GetString() : null;
            return code switch
            {
                0 => SendOutcome.Ok,
                45009 => new SendOutcome(false, $"wecom 45009 {msg}", RetryAfter: TimeSpan.FromSeconds(60)),
                _ => new SendOutcome(false, $"wecom {code} {msg}"),
            };
        }
        catch (JsonException)
        {
            return SendOutcome.Ok; // a 2xx without a JSON body: a proxy in front; the post went through
        }
    }

    public void Dispose() => _http.Dispose();
}
