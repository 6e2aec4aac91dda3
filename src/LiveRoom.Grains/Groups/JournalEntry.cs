using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Grains.Groups;

/// <summary>
/// One acknowledged batch. <see cref="Id"/> is the number plus the writing activation's tag, so
/// that two activations of one group (briefly possible while a failed node is being declared dead)
/// never overwrite each other's entries.
/// </summary>
public sealed record JournalEntry(long Seq, string Tag, IReadOnlyList<LaunchEvent> Events)
{
    public string Id => JournalEntryId.Of(Seq, Tag);
}
