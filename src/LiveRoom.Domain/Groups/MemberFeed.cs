namespace LiveRoom.Domain.Groups;

/// <summary>
/// Who came and went, for the group page: the latest membership changes (bounded, newest first by
/// their own time, like the chat feed) and, for the group's own people (owner, assistants, seeded
/// members), whether they are in the group now, from their callbacks and the bot's member lists.
/// Everyone else's ids are not kept: hundreds of ids per group in every snapshot of thousands of
/// groups would show the operator nothing the counts and the latest changes do not.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.MemberFeed.v1")]
public sealed class MemberFeed
{
    public const int Capacity = 50;

    [Id(0)] private readonly List<MemberChange> _changes = [];
    [Id(1)] private readonly Dictionary<string, MemberPresence> _people = new(StringComparer.Ordinal);

    public IReadOnlyList<MemberChange> Changes => _changes;

    /// <param name="own">The member is one of the group's own people, whose presence is tracked.</param>
    public void Record(string memberId, DateTimeOffset at, bool joined, bool own)
    {
        var index = _changes.FindIndex(c => c.At < at);
        if (index < 0) index = _changes.Count;
        if (index < Capacity)
        {
            _changes.Insert(index, new MemberChange(memberId, at, joined));
            if (_changes.Count > Capacity) _changes.RemoveAt(Capacity);
        }
        if (own) Hear(memberId, joined, at);
    }

    /// <summary>A full member list from the bot: each of the group's own people is in it or not.</summary>
    public void Resync(IEnumerable<string> ownPeople, IReadOnlySet<string> listed, DateTimeOffset at)
    {
        foreach (var id in ownPeople) Hear(id, listed.Contains(id), at);
    }

    /// <summary>True or false by the newest callback or list; null when nothing was heard of them.</summary>
    public bool? IsPresent(string memberId) => _people.TryGetValue(memberId, out var p) ? p.Present : null;

    private void Hear(string memberId, bool present, DateTimeOffset at)
    {
        // Callbacks and lists arrive out of order: an older word never overrides a newer one.
        if (_people.TryGetValue(memberId, out var known) && known.At > at) return;
        _people[memberId] = new MemberPresence(present, at);
    }
}
