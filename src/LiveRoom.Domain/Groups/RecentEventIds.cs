using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Groups;

/// <summary>
/// Idempotency for a group's membership and chat events: the ids of its newest
/// <see cref="Capacity"/> such events, as 64-bit hashes (8 bytes each, like visitors), the oldest
/// forgotten first. Webhooks are retried within minutes; remembering every id of a long, chatty
/// launch would make each group's state (and every snapshot of it) grow without end.
/// Orders need none of this: their state machine makes a replay change nothing at any age.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.RecentEventIds.v1")]
public sealed class RecentEventIds
{
    /// <summary>
    /// 4,096 ids: 32 KB of ring (plus the lookup set in memory) for a group at its limit; at the
    /// chat benchmark's 2 messages/s per group a retry is recognised for more than half an hour.
    /// </summary>
    public const int Capacity = 4096;

    // Insertion order, so the oldest is overwritten first; grows up to Capacity, then wraps at _next.
    [Id(0)] private ulong[] _ring = [];
    [Id(1)] private int _count;
    [Id(2)] private int _next;

    // Rebuilt from the ring after deserialisation: the ring is the stored form, the set the fast one.
    [NonSerialized] private HashSet<ulong>? _set;

    public int Count => _count;

    /// <summary>False when the id is among the remembered ones (a replay); otherwise remembers it.</summary>
    public bool Add(string id)
    {
        var hash = VisitorHash.Of(id);
        var set = Set();
        if (!set.Add(hash)) return false;
        if (_count < Capacity)
        {
            if (_count == _ring.Length) Array.Resize(ref _ring, Math.Min(Capacity, Math.Max(16, _ring.Length * 2)));
            _ring[_count++] = hash;
            return true;
        }
        set.Remove(_ring[_next]);
        _ring[_next] = hash;
        _next = (_next + 1) % Capacity;
        return true;
    }

    public bool Contains(string id) => Set().Contains(VisitorHash.Of(id));

    private HashSet<ulong> Set()
    {
        if (_set is not null) return _set;
        _set = new HashSet<ulong>(_count);
        for (var i = 0; i < _count; i++) _set.Add(_ring[i]);
        return _set;
    }
}
