using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Ingestion;

/// <summary>
/// Per-launch ingestion credentials. The server key is for shop and bot webhooks and accepts every
/// event kind; the beacon key is embedded in the public sale page and accepts page views and page errors only.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.IngestKeys.v1")]
public sealed record IngestKeys(
    [property: Id(0)] string ServerKey,
    [property: Id(1)] string BeaconKey)
{
    public static IngestKeys Generate() => new(NewKey("lrk_"), NewKey("lrb_"));

    public static string NewKey(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>What a revoked key is replaced by: no presented key equals it, since empty keys are refused first.</summary>
    public const string Revoked = "";

    public bool ServerRevoked => ServerKey == Revoked;
    public bool BeaconRevoked => BeaconKey == Revoked;

    public IngestKeys Revoke(bool server, bool beacon) =>
        new(server ? Revoked : ServerKey, beacon ? Revoked : BeaconKey);

    /// <summary>
    /// Whether a group-bot request (<c>/bot/events</c>, <c>/bot/members</c>) is signed with the
    /// server key. The one check both bot endpoints use, so a revoked key is refused on every one.
    /// </summary>
    public bool VerifiesBotSignature(string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now) =>
        !ServerRevoked && WebhookSignature.Verify(ServerKey, timestamp, signature, body, now);

    public IngestScope? Authorize(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return null;
        if (FixedEquals(presented, ServerKey)) return IngestScope.All;
        if (FixedEquals(presented, BeaconKey)) return IngestScope.PageViewsOnly;
        return null;
    }

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
