namespace LiveRoom.Domain.Cues;

/// <summary>
/// Every cue of one launch and its lifecycle (issued → delivered → acknowledged → done, or expired),
/// with escalation of cues not acknowledged in time. Plain logic, kept in the launch's cues grain.
/// Idempotent by cue id: the engine may evaluate the same trigger twice (re-activation after a crash)
/// and a manual issue may be retried.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.CueBook.v1")]
public sealed class CueBook
{
    /// <summary>Beyond this, the oldest closed cues are forgotten (the timeline keeps their history).</summary>
    public const int MaxKept = 50_000;

    [Id(0)] private readonly Dictionary<string, CueRecord> _cues = new(StringComparer.Ordinal);
    /// <summary>Ids in issue order: the board lists newest first, pruning drops oldest first.</summary>
    [Id(1)] private readonly List<string> _order = [];
    /// <summary>
    /// Person → the ids of the cues for them (as target or escalation owner), in the order they
    /// became theirs. Not stored: rebuilt from the book when first needed after a load or a prune.
    /// Each seeded member's phone polls its open cues every few seconds; scanning the whole book
    /// (40,000 cues at the launch-day scale) per poll kept the grain so busy that a member found a
    /// new cue 35 s late (docs/benchmarks.md).
    /// </summary>
    [NonSerialized] private Dictionary<string, List<string>>? _byPerson;

    public int Count => _cues.Count;

    public CueRecord? Find(string id) => _cues.GetValueOrDefault(id);

    /// <summary>Newest first.</summary>
    public IEnumerable<CueRecord> NewestFirst()
    {
        for (var i = _order.Count - 1; i >= 0; i--)
            if (_cues.TryGetValue(_order[i], out var r)) yield return r;
    }

    /// <summary>Adds the cues not known yet; returns the new records.</summary>
    public IReadOnlyList<CueRecord> Add(IEnumerable<Cue> cues, string issuedBy)
    {
        var added = new List<CueRecord>();
        foreach (var cue in cues)
        {
            if (_cues.ContainsKey(cue.Id)) continue;
            var record = new CueRecord { Cue = cue, Status = CueStatus.Issued, IssuedBy = issuedBy };
            _cues[cue.Id] = record;
            _order.Add(cue.Id);
            if (_byPerson is not null) Index(cue.Target, cue.Id);
            added.Add(record);
        }
        Prune();
        return added;
    }

    /// <summary>
    /// The open cues a person may act on, oldest first; fetching them is what delivers them (only the
    /// target's own fetch counts as delivery, not the owner's view of an escalated one).
    /// </summary>
    public IReadOnlyList<CueRecord> OpenFor(string person, DateTimeOffset now, out bool delivered)
    {
        delivered = false;
        var result = new List<CueRecord>();
        if (!People().TryGetValue(person, out var ids)) return result;
        foreach (var id in ids)
        {
            if (!_cues.TryGetValue(id, out var r) || !r.Status.IsOpen() || !r.IsFor(person)) continue;
            if (r.Status == CueStatus.Issued && r.Cue.Target == person)
            {
                r.Status = CueStatus.Delivered;
                r.DeliveredAt = now;
                delivered = true;
            }
            result.Add(r);
        }
        return result;
    }

    public CueActionResult Acknowledge(string id, string person, DateTimeOffset now)
    {
        if (!_cues.TryGetValue(id, out var r) || !r.IsFor(person)) return CueActionResult.NotFound;
        switch (r.Status)
        {
            case CueStatus.Acknowledged or CueStatus.Done: return CueActionResult.Unchanged;
            case CueStatus.Expired: return CueActionResult.Closed;
        }
        r.DeliveredAt ??= now;
        r.AcknowledgedAt = now;
        r.Status = CueStatus.Acknowledged;
        return CueActionResult.Changed;
    }

    public CueActionResult Complete(string id, string person, DateTimeOffset now)
    {
        if (!_cues.TryGetValue(id, out var r) || !r.IsFor(person)) return CueActionResult.NotFound;
        switch (r.Status)
        {
            case CueStatus.Done: return CueActionResult.Unchanged;
            case CueStatus.Expired: return CueActionResult.Closed;
        }
        r.DeliveredAt ??= now;
        r.AcknowledgedAt ??= now;
        r.DoneAt = now;
        r.Status = CueStatus.Done;
        return CueActionResult.Changed;
    }

    /// <summary>
    /// Moves the clocks: escalates open cues not acknowledged within <see cref="CueTimings.EscalateAfter"/>
    /// (to the group's owner from <paramref name="ownerOf"/>, unless the owner is the target) and expires
    /// open cues older than <see cref="CueTimings.ExpireAfter"/>.
    /// </summary>
    public (IReadOnlyList<CueRecord> Escalated, IReadOnlyList<CueRecord> Expired) Advance(
        DateTimeOffset now, CueTimings timings, Func<string, string?> ownerOf)
    {
        List<CueRecord> escalated = [], expired = [];
        // A plain scan: at the 50,000 kept cues it costs well under a millisecond per tick.
        foreach (var id in _order)
        {
            var r = _cues[id];
            if (!r.Status.IsOpen()) continue;
            var age = now - r.Cue.IssuedAt;
            if (age >= timings.ExpireAfter)
            {
                r.Status = CueStatus.Expired;
                r.ExpiredAt = now;
                expired.Add(r);
                continue;
            }
            if (r.Status != CueStatus.Acknowledged && !r.Escalated && age >= timings.EscalateAfter)
            {
                r.EscalatedAt = now;
                var owner = ownerOf(r.Cue.GroupId);
                r.EscalatedTo = owner == r.Cue.Target ? null : owner;
                if (_byPerson is not null) Index(r.EscalatedTo, id);
                escalated.Add(r);
            }
        }
        return (escalated, expired);
    }

    private void Prune()
    {
        if (_cues.Count <= MaxKept) return;
        var drop = _cues.Count - MaxKept;
        var kept = new List<string>(_order.Count);
        foreach (var id in _order)
        {
            if (drop > 0 && !_cues[id].Status.IsOpen()) { _cues.Remove(id); drop--; }
            else kept.Add(id);
        }
        _order.Clear();
        _order.AddRange(kept);
        _byPerson = null;
    }

    private Dictionary<string, List<string>> People()
    {
        if (_byPerson is not null) return _byPerson;
        _byPerson = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var id in _order)
        {
            var r = _cues[id];
            Index(r.Cue.Target, id);
            Index(r.EscalatedTo, id);
        }
        return _byPerson;
    }

    private void Index(string? person, string id)
    {
        if (person is null || _byPerson is null) return;
        if (!_byPerson.TryGetValue(person, out var ids)) _byPerson[person] = ids = [];
        ids.Add(id);
    }
}
