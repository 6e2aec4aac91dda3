using System.Text;
using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Tests.Ingestion;

/// <summary>An empty HMAC key is public knowledge, so nothing signed with it verifies, wherever it comes from.</summary>
public sealed class WebhookSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""[{"id":"m1"}]""");

    [Fact]
    public void A_signature_made_with_an_empty_key_never_verifies()
    {
        var now = DateTimeOffset.UtcNow;
        var seconds = now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign("", seconds, Body);
        Assert.False(WebhookSignature.Verify("", seconds.ToString(), signature, Body, now));
    }

    [Fact]
    public void Revoked_server_keys_verify_no_bot_signature_while_live_ones_do()
    {
        var now = DateTimeOffset.UtcNow;
        var ts = now.ToUnixTimeSeconds();
        var keys = IngestKeys.Generate();
        Assert.True(keys.VerifiesBotSignature(ts.ToString(), WebhookSignature.Sign(keys.ServerKey, ts, Body), Body, now));

        var revoked = keys.Revoke(server: true, beacon: false);
        Assert.False(revoked.VerifiesBotSignature(ts.ToString(), WebhookSignature.Sign(keys.ServerKey, ts, Body), Body, now));
        Assert.False(revoked.VerifiesBotSignature(ts.ToString(), WebhookSignature.Sign(IngestKeys.Revoked, ts, Body), Body, now));
    }
}
