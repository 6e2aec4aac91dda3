using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Grains.Groups;

/// <summary>
/// Where a group grain makes each acknowledged batch of business events durable in the durable
/// mode: one small append per batch instead of rewriting the group's whole state (which grows
/// with its orders and chat ids) before every acknowledgement. The state itself is written as a
/// snapshot on a timer; entries the snapshot covers are removed, and an activation replays the
/// rest. Entries are numbered per group; replaying one the snapshot already holds changes nothing,
/// because every event is idempotent by its id.
/// </summary>
public interface IEventJournal
{
    Task AppendAsync(string groupKey, JournalEntry entry);

    /// <summary>Entries numbered after <paramref name="afterSeq"/>, in order.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadAsync(string groupKey, long afterSeq);

    /// <summary>Removes entries a stored snapshot covers.</summary>
    Task RemoveAsync(string groupKey, IReadOnlyCollection<string> ids);
}
