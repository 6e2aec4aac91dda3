namespace LiveRoom.LoadTests.Model;

/// <summary>
/// The seeded members' to-do list: each cue addressed to one of them is decided once, the first
/// time it is seen (<see cref="CueResponse"/>), and an acknowledgement falls due at its issue time
/// plus the member's delay. Plain logic: the run feeds it what the cue board shows and the clock.
/// </summary>
public sealed class CueAckSchedule(CueResponse response, IReadOnlySet<string> members)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly PriorityQueue<PlannedAck, DateTimeOffset> _due = new();

    /// <summary>Cues addressed to the modelled members, seen at least once.</summary>
    public int Seen => _seen.Count;
    /// <summary>Of those, the ones the members decided to acknowledge.</summary>
    public int Planned { get; private set; }
    public int Pending => _due.Count;

    /// <summary>Takes note of a cue; false when it is not for a modelled member or was seen before.</summary>
    public bool Offer(string cueId, string? target, DateTimeOffset issuedAt)
    {
        if (target is null || !members.Contains(target) || !_seen.Add(cueId)) return false;
        var (ack, delay) = response.Decide(cueId);
        if (!ack) return true;
        Planned++;
        _due.Enqueue(new PlannedAck(cueId, target, issuedAt, issuedAt + delay), issuedAt + delay);
        return true;
    }

    /// <summary>The acknowledgements due by <paramref name="now"/>, earliest first, removed from the list.</summary>
    public List<PlannedAck> TakeDue(DateTimeOffset now)
    {
        var due = new List<PlannedAck>();
        while (_due.TryPeek(out var next, out var at) && at <= now) due.Add(_due.Dequeue());
        return due;
    }

    /// <summary>When the next acknowledgement falls due, if any.</summary>
    public DateTimeOffset? NextDue => _due.TryPeek(out _, out var at) ? at : null;
}

/// <summary>One acknowledgement a seeded member will send: which cue, who, when it was issued, when they answer.</summary>
public sealed record PlannedAck(string CueId, string Member, DateTimeOffset IssuedAt, DateTimeOffset DueAt);
