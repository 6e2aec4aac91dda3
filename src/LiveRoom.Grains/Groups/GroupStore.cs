using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Ingestion;

namespace LiveRoom.Grains.Groups;

/// <summary>
/// Where a group grain keeps its state: the snapshot of <see cref="GroupState"/>, the journal of
/// batches acknowledged since (<see cref="IEventJournal"/>) and the visitor set (<see cref="GroupTraffic"/>).
/// The journal makes a batch durable with one small append instead of a rewrite of the whole state;
/// the snapshot is written on the grain's timer and on deactivation, one write at a time
/// (<see cref="WriteCoalescer"/>), and then the journal entries it holds are removed. Used from
/// grain code only, so single-threaded.
/// </summary>
public sealed class GroupStore
{
    private readonly IPersistentState<GroupState> _snapshot;
    private readonly IPersistentState<GroupTraffic> _traffic;
    private readonly IEventJournal _journal;
    private readonly string _groupKey;
    private readonly WriteCoalescer _writer;
    /// <summary>Journal entries written since the last snapshot, removed once a snapshot holds them.</summary>
    private readonly List<string> _journaled = [];
    private long _journalSeq;
    /// <summary>Tells this activation's entries from another's (see <see cref="JournalEntry"/>).</summary>
    private readonly string _journalTag = Guid.NewGuid().ToString("N")[..8];
    private bool _dirty;
    private bool _trafficDirty;

    public GroupStore(IPersistentState<GroupState> snapshot, IPersistentState<GroupTraffic> traffic, IEventJournal journal, string groupKey)
    {
        _snapshot = snapshot;
        _traffic = traffic;
        _journal = journal;
        _groupKey = groupKey;
        _writer = new WriteCoalescer(WriteSnapshotAsync);
    }

    /// <summary>The state changed: the next snapshot (timer or deactivation) writes it.</summary>
    public void Changed() => _dirty = true;

    /// <summary>The visitor set changed, and with it the state's series and last activity.</summary>
    public void TrafficChanged()
    {
        _dirty = true;
        _trafficDirty = true;
    }

    /// <summary>
    /// Makes an applied batch durable before its acknowledgement: one append to the journal. The
    /// task is the journal's own, so the batch costs no extra await here.
    /// </summary>
    public Task Append(IReadOnlyList<LaunchEvent> applied)
    {
        var entry = new JournalEntry(++_journalSeq, _journalTag, applied);
        _journaled.Add(entry.Id);
        return _journal.AppendAsync(_groupKey, entry);
    }

    /// <summary>
    /// Applies to <paramref name="ledger"/> what the journal holds beyond the snapshot (batches
    /// acknowledged after it was written); true if there was any. Spike alerts are dropped: they
    /// were sent when the events first arrived, and a replay must not repeat them.
    /// </summary>
    public async Task<bool> Replay(GroupLedger ledger)
    {
        var entries = await _journal.ReadAsync(_groupKey, _snapshot.State.JournalSeq);
        _journalSeq = _snapshot.State.JournalSeq;
        foreach (var entry in entries)
        {
            foreach (var e in entry.Events) ledger.Apply(e);
            _journaled.Add(entry.Id);
            _journalSeq = Math.Max(_journalSeq, entry.Seq);
        }
        ledger.TakeSpikeAlerts();
        _dirty |= entries.Count > 0;
        return entries.Count > 0;
    }

    /// <summary>Writes the snapshot now (joining a write in flight's successor if there is one).</summary>
    public Task WriteAsync() => _writer.WriteAsync();

    /// <summary>The timer's write: the visitor set and the snapshot if they changed; true if the snapshot was written.</summary>
    public async Task<bool> WriteIfChangedAsync()
    {
        if (_trafficDirty) await WriteTrafficAsync();
        if (!_dirty) return false;
        await _writer.WriteAsync();
        return true;
    }

    /// <summary>On deactivation: what changed since the last write.</summary>
    public async Task FlushAsync()
    {
        if (_dirty) await _writer.WriteAsync();
        if (_trafficDirty) await WriteTrafficAsync();
    }

    /// <summary>The snapshot: the whole state, then the journal entries it now holds are removed.</summary>
    private async Task WriteSnapshotAsync()
    {
        _dirty = false;
        _snapshot.State.JournalSeq = _journalSeq;
        var covered = _journaled.ToList();
        _journaled.Clear();
        try
        {
            await _snapshot.WriteStateAsync();
        }
        catch
        {
            // Still to be written, and these entries still the only durable copy of their batches.
            _journaled.AddRange(covered);
            _dirty = true;
            throw;
        }
        if (covered.Count > 0) await _journal.RemoveAsync(_groupKey, covered);
    }

    private async Task WriteTrafficAsync()
    {
        _trafficDirty = false;
        await _traffic.WriteStateAsync();
    }
}
