using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>A source as anyone may see it: the secret only as a hint, with its live counters.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.SourceView.v1")]
public sealed record SourceView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Kind { get; init; }
    [Id(2)] public required string Name { get; init; }
    [Id(3)] public required string ClientId { get; init; }
    [Id(4)] public required string SecretHint { get; init; }
    [Id(5)] public DateTimeOffset CreatedAt { get; init; }
    [Id(6)] public DateTimeOffset? SecretRotatedAt { get; init; }
    [Id(7)] public required SourceStats Stats { get; init; }
    [Id(8)] public required IReadOnlyList<string> Launches { get; init; }
    /// <summary>WeCom: the corp id (not a secret). WeCom and WeChat shop: the API base; WeChat shop: the Token's hint, whether callbacks are encrypted (an EncodingAESKey is set, itself never shown) and the source's group field.</summary>
    [Id(9)] public string CorpId { get; init; } = "";
    [Id(10)] public string ApiBase { get; init; } = "";
    [Id(11)] public string TokenHint { get; init; } = "";
    [Id(12)] public bool SafeMode { get; init; }
    [Id(13)] public string? GroupField { get; init; }

    public static SourceView From(SourceDefinition d, SourceCounters c, IEnumerable<string> launches, DateTimeOffset now,
        DateTimeOffset? signatureStormAt = null, int pendingFetches = 0) => new()
    {
        TokenHint = Domain.Sources.SecretHint.Mask(d.Token),
        SafeMode = d.EncodingAesKey.Length > 0,
        ApiBase = d.ApiBase,
        GroupField = d.GroupField,
        Id = d.Id,
        Kind = d.Kind.WireName(),
        Name = d.Name,
        ClientId = d.ClientId,
        SecretHint = Domain.Sources.SecretHint.Mask(d.ClientSecret),
        CreatedAt = d.CreatedAt,
        SecretRotatedAt = d.SecretRotatedAt,
        Stats = new SourceStats
        {
            LastEventAt = c.LastEventAt,
            EventsPerMinute = c.EventsPerMinute(now),
            Accepted = c.Accepted,
            Duplicates = c.Duplicates,
            Unmatched = c.Unmatched,
            Ignored = c.Ignored,
            Refused = c.Refused,
            RefusedByReason = new Dictionary<string, long>(c.RefusedByReason),
            SignatureFailures = c.SignatureFailures,
            UnmatchedExamples = c.UnmatchedExamples.ToList(),
            SignatureStormAt = signatureStormAt,
            FetchFailures = c.FetchFailures,
            FetchFailuresByReason = new Dictionary<string, long>(c.FetchFailuresByReason),
            PendingFetches = pendingFetches,
        },
        Launches = launches.Order(StringComparer.Ordinal).ToList(),
        CorpId = d.CorpId,
    };
}
