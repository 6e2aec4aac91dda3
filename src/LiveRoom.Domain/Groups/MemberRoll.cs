namespace LiveRoom.Domain.Groups;

/// <summary>
/// What a group knows about its membership beyond the counts: the earliest joins (for the seeded
/// member early-join warning) and the last full member-list resync from the bot (join and leave
/// callbacks can be lost, so the counts drift; the resync shows by how much).
/// </summary>
[GenerateSerializer, Alias("LiveRoom.MemberRoll.v1")]
public sealed class MemberRoll
{
    /// <summary>How many earliest joins are kept; the warning's N is at most this.</summary>
    public const int KeptJoins = 20;

    [Id(0)] private readonly List<(DateTimeOffset At, string Member)> _firstJoins = [];
    [Id(1)] public int? ResyncMembers { get; private set; }
    [Id(2)] public DateTimeOffset? ResyncAt { get; private set; }
    /// <summary>The count from registration + join − leave callbacks when the resync arrived.</summary>
    [Id(3)] public int? CallbackMembersAtResync { get; private set; }

    /// <summary>By join time: a late callback for an early join still counts as early.</summary>
    public void Joined(DateTimeOffset at, string member)
    {
        if (_firstJoins.Any(j => j.Member == member)) return;
        var index = _firstJoins.FindIndex(j => j.At > at);
        if (index < 0) index = _firstJoins.Count;
        if (index >= KeptJoins) return;
        _firstJoins.Insert(index, (at, member));
        if (_firstJoins.Count > KeptJoins) _firstJoins.RemoveAt(KeptJoins);
    }

    /// <summary>Seeded members among the first <paramref name="n"/> joins, in join order.</summary>
    public IReadOnlyList<string> EarlySeeded(IEnumerable<string> seeded, int n)
    {
        var set = seeded.ToHashSet(StringComparer.Ordinal);
        return _firstJoins.Take(Math.Clamp(n, 0, KeptJoins)).Select(j => j.Member).Where(set.Contains).ToList();
    }

    /// <summary>False when an older resync arrives after a newer one (it changes nothing).</summary>
    public bool Resync(int members, DateTimeOffset at, int callbackMembers)
    {
        if (ResyncAt is { } last && at < last) return false;
        ResyncMembers = members;
        ResyncAt = at;
        CallbackMembersAtResync = callbackMembers;
        return true;
    }

    /// <summary>Resync count minus callback count at that moment; null before any resync.</summary>
    public int? Mismatch => ResyncMembers - CallbackMembersAtResync;
}
