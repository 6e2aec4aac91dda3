using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Chat;

/// <summary>
/// The 接龙 chains of one group. Every post repeats the whole list, so a post replaces its chain's
/// entries (edits and removals between posts are respected) instead of adding to them.
/// <para>
/// "Latest chain" = the chain whose current post has the newest message time; the group's sign-up
/// count is that chain's entries (docs/architecture.md, "Sign-ups"), not a sum over chains or posts. Message time, not
/// arrival order, decides: an older post delivered late never rolls a chain back. A replayed
/// message id changes nothing.
/// </para>
/// Memory is bounded: at most <see cref="MaxChains"/> chains (the one posted longest ago is dropped),
/// <see cref="ChainParser.MaxEntries"/> entries per chain, <see cref="MaxRememberedIds"/> message ids.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.ChainBook.v1")]
public sealed class ChainBook
{
    public const int MaxChains = 8;
    public const int MaxRememberedIds = 1024;

    [Id(0)] private readonly Dictionary<string, ChainRecord> _chains = new(StringComparer.Ordinal);
    [Id(1)] private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);
    [Id(2)] private readonly Queue<string> _seenOrder = new();

    public int ChainCount => _chains.Count;

    /// <summary>All chains, the latest first.</summary>
    public IReadOnlyList<ChainRecord> Chains => _chains.Values.OrderByDescending(c => c.PostedAt).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();

    /// <summary>The most recently posted chain, or null before the first 接龙.</summary>
    public ChainRecord? Latest
    {
        get
        {
            ChainRecord? latest = null;
            foreach (var c in _chains.Values)
            {
                if (latest is null || c.PostedAt > latest.PostedAt
                    || (c.PostedAt == latest.PostedAt && string.CompareOrdinal(c.Key, latest.Key) < 0))
                    latest = c;
            }
            return latest;
        }
    }

    /// <summary>The group's sign-up count: entries of the latest chain.</summary>
    public int Signups => Latest?.Signups ?? 0;

    /// <summary>When any chain of the group last gained an entry (for the sign-up stall cue).</summary>
    public DateTimeOffset? LastGrowthAt => _chains.Values.Max(c => c.LastGrowthAt);

    public ChainRecord? Find(string title) => _chains.GetValueOrDefault(ChainTitles.Normalize(title));

    /// <summary>Applies one parsed post. <paramref name="postedAt"/> is the message's own time.</summary>
    public ChainUpdate Apply(string messageId, DateTimeOffset postedAt, ChainPost post)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        ArgumentNullException.ThrowIfNull(post);
        var key = post.Key;
        var minute = UnixMinute.Of(postedAt);
        var before = Signups;

        if (_seenIds.Contains(messageId))
            return new ChainUpdate { Outcome = ChainOutcome.Duplicate, ChainKey = key, Signups = before, Minute = minute };
        Remember(messageId);

        var existing = _chains.GetValueOrDefault(key);
        // Equal times are accepted: two posts in the same second are both real, and the later
        // arrival is the best guess of the later post.
        if (existing is not null && postedAt < existing.PostedAt)
            return new ChainUpdate { Outcome = ChainOutcome.Stale, ChainKey = key, Signups = before, Minute = minute };

        var entries = post.Entries.Count > ChainParser.MaxEntries ? post.Entries.Take(ChainParser.MaxEntries).ToList() : post.Entries;
        var chainDelta = entries.Count - (existing?.Signups ?? 0);
        _chains[key] = new ChainRecord
        {
            Key = key,
            Title = post.Title,
            Entries = entries,
            MessageId = messageId,
            PostedAt = postedAt,
            LastGrowthAt = chainDelta > 0 ? postedAt : existing?.LastGrowthAt,
            Posts = (existing?.Posts ?? 0) + 1,
        };
        if (_chains.Count > MaxChains) DropOldestChain(key);

        var after = Signups;
        return new ChainUpdate
        {
            Outcome = ChainOutcome.Applied,
            ChainKey = key,
            ChainDelta = chainDelta,
            SignupsDelta = after - before,
            Signups = after,
            Minute = minute,
        };
    }

    private void DropOldestChain(string keep)
    {
        var oldest = _chains.Values.Where(c => c.Key != keep).MinBy(c => c.PostedAt);
        if (oldest is not null) _chains.Remove(oldest.Key);
    }

    private void Remember(string messageId)
    {
        _seenIds.Add(messageId);
        _seenOrder.Enqueue(messageId);
        // Forgetting old ids is safe: a replay that old is also older than its chain's current post
        // and is then rejected as stale by its timestamp.
        while (_seenOrder.Count > MaxRememberedIds) _seenIds.Remove(_seenOrder.Dequeue());
    }
}
