using System.Text;
using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Web.Tests.Infrastructure;

/// <summary>Posts bodies to the group bot's signed endpoints (HMAC over timestamp + body with the server key).</summary>
public static class BotWebhook
{
    public static (string Timestamp, string Signature) Sign(string key, DateTimeOffset at, string body)
    {
        var seconds = at.ToUnixTimeSeconds();
        return (seconds.ToString(), WebhookSignature.Sign(key, seconds, Encoding.UTF8.GetBytes(body)));
    }

    public static async Task<HttpResponseMessage> PostAsync(TestLaunch launch, string body, (string Timestamp, string Signature)? signature, string path = "bot/events")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/launches/{launch.Id}/{path}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is { } s)
        {
            request.Headers.Add(WebhookSignature.TimestampHeader, s.Timestamp);
            request.Headers.Add(WebhookSignature.SignatureHeader, s.Signature);
        }
        return await launch.Api.SendAsync(request);
    }

    /// <summary>Signed now with the launch's own key.</summary>
    public static Task<HttpResponseMessage> PostSignedAsync(TestLaunch launch, string body, string path = "bot/events") =>
        PostAsync(launch, body, Sign(launch.ServerKey, DateTimeOffset.UtcNow, body), path);
}
