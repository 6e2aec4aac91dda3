using System.Collections.Concurrent;

namespace LiveRoom.Grains.Groups;

/// <summary>
/// The journal of a single-silo test cluster with memory storage: lives as long as the silo, like
/// the storage it stands beside, so grain tests exercise the snapshot-and-replay path of the
/// durable mode without Redis.
/// </summary>
public sealed class MemoryEventJournal : IEventJournal
{
    private readonly ConcurrentDictionary<string, Dictionary<string, JournalEntry>> _groups = new(StringComparer.Ordinal);

    public Task AppendAsync(string groupKey, JournalEntry entry)
    {
        var entries = _groups.GetOrAdd(groupKey, _ => new(StringComparer.Ordinal));
        lock (entries) entries[entry.Id] = entry with { Events = entry.Events.ToList() };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ReadAsync(string groupKey, long afterSeq)
    {
        if (!_groups.TryGetValue(groupKey, out var entries)) return Task.FromResult<IReadOnlyList<JournalEntry>>([]);
        lock (entries)
            return Task.FromResult<IReadOnlyList<JournalEntry>>(entries.Values.Where(e => e.Seq > afterSeq)
                .OrderBy(e => e.Seq).ThenBy(e => e.Tag, StringComparer.Ordinal).ToList());
    }

    public Task RemoveAsync(string groupKey, IReadOnlyCollection<string> ids)
    {
        if (_groups.TryGetValue(groupKey, out var entries))
            lock (entries) foreach (var id in ids) entries.Remove(id);
        return Task.CompletedTask;
    }

    /// <summary>Entries held for a group (tests: a snapshot removes what it covers).</summary>
    public int Count(string groupKey)
    {
        if (!_groups.TryGetValue(groupKey, out var entries)) return 0;
        lock (entries) return entries.Count;
    }
}
