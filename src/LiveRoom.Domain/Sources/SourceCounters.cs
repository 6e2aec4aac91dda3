namespace LiveRoom.Domain.Sources;

/// <summary>
/// A source's live health: what it received and what became of it, so an operator can tell a
/// quiet shop from a broken connection. Refusals keep their reason; unmatched orders keep the
/// newest few examples (bounded, they are shown, not stored as history).
/// </summary>
[GenerateSerializer, Alias("LiveRoom.SourceCounters.v1")]
public sealed class SourceCounters
{
    public const int MaxExamples = 10;
    public const int MaxReasons = 32;

    [Id(0)] public long Accepted { get; private set; }
    [Id(1)] public long Duplicates { get; private set; }
    [Id(2)] public long Unmatched { get; private set; }
    [Id(3)] public long Ignored { get; private set; }
    [Id(4)] public long Refused { get; private set; }
    [Id(5)] public long SignatureFailures { get; private set; }
    [Id(6)] public DateTimeOffset? LastEventAt { get; private set; }
    [Id(7)] private readonly Dictionary<string, long> _refusedByReason = new(StringComparer.Ordinal);
    [Id(8)] private readonly List<UnmatchedExample> _examples = [];
    [Id(9)] private readonly Dictionary<long, int> _perMinute = [];
    /// <summary>Fetches of an order from the platform's API that failed (each retry counts), by reason.</summary>
    [Id(10)] public long FetchFailures { get; private set; }
    [Id(11)] private readonly Dictionary<string, long> _fetchFailuresByReason = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> FetchFailuresByReason => _fetchFailuresByReason;

    public IReadOnlyDictionary<string, long> RefusedByReason => _refusedByReason;

    /// <summary>Newest first.</summary>
    public IReadOnlyList<UnmatchedExample> UnmatchedExamples => _examples;

    /// <summary>A message arrived; what becomes of it is recorded later (a WeChat shop event, once its order is fetched).</summary>
    public void Seen(DateTimeOffset now)
    {
        LastEventAt = now;
        var minute = now.ToUnixTimeSeconds() / 60;
        _perMinute[minute] = _perMinute.GetValueOrDefault(minute) + 1;
        foreach (var old in _perMinute.Keys.Where(m => m < minute - 1).ToList()) _perMinute.Remove(old);
    }

    public void Record(SourceDecision decision, DateTimeOffset now)
    {
        Seen(now);
        Outcome(decision);
    }

    /// <summary>What became of a message already <see cref="Seen"/>.</summary>
    public void Outcome(SourceDecision decision)
    {
        switch (decision.Verdict)
        {
            case SourceVerdict.Accepted:
                Accepted++;
                // Some lines placed, others not: the unplaced lines still count, or they would vanish.
                if (decision.Unmatched.Count > 0) Unmatched++;
                break;
            case SourceVerdict.Duplicate: Duplicates++; break;
            case SourceVerdict.Unmatched: Unmatched++; break;
            case SourceVerdict.Ignored: Ignored++; break;
            case SourceVerdict.SignatureFailure: SignatureFailures++; break;
            case SourceVerdict.Refused:
                Refused++;
                var reason = decision.Reason ?? "unknown";
                // Reasons are our own codes, but a bounded map stays bounded whatever a later caller passes.
                if (_refusedByReason.ContainsKey(reason) || _refusedByReason.Count < MaxReasons)
                    _refusedByReason[reason] = _refusedByReason.GetValueOrDefault(reason) + 1;
                break;
        }
        foreach (var example in decision.Unmatched) _examples.Insert(0, example);
        if (_examples.Count > MaxExamples) _examples.RemoveRange(MaxExamples, _examples.Count - MaxExamples);
    }

    public void RecordFetchFailure(string reason)
    {
        FetchFailures++;
        if (_fetchFailuresByReason.ContainsKey(reason) || _fetchFailuresByReason.Count < MaxReasons)
            _fetchFailuresByReason[reason] = _fetchFailuresByReason.GetValueOrDefault(reason) + 1;
    }

    /// <summary>Messages in the last complete minute, or in the current one when that is busier (a burst just began).</summary>
    public int EventsPerMinute(DateTimeOffset now)
    {
        var minute = now.ToUnixTimeSeconds() / 60;
        return Math.Max(_perMinute.GetValueOrDefault(minute), _perMinute.GetValueOrDefault(minute - 1));
    }
}
