namespace LiveRoom.Domain.Shared;

/// <summary>
/// Per-minute counts for the whole launch. Sparse: only minutes with activity take memory, and a
/// late event simply adds to its own minute. Optionally remembers which minutes changed since the
/// last <see cref="TakeChanges"/> so that only those travel onwards.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.MinuteSeries.v1")]
public sealed class MinuteSeries
{
    [Id(0)] private readonly SortedDictionary<long, MinuteBucket> _minutes = new();
    [NonSerialized] private HashSet<long>? _changed;

    public int Count => _minutes.Count;

    public void Add(long minute, in MinuteBucket delta)
    {
        _minutes.TryGetValue(minute, out var bucket);
        bucket.Add(delta);
        _minutes[minute] = bucket;
        (_changed ??= []).Add(minute);
    }

    public MinuteBucket this[long minute] => _minutes.TryGetValue(minute, out var b) ? b : default;

    public IReadOnlyList<SeriesPoint> Points() => _minutes.Select(p => new SeriesPoint(p.Key, p.Value)).ToList();

    /// <summary>The current value of every minute changed since the previous call.</summary>
    public IReadOnlyList<SeriesPoint> TakeChanges()
    {
        if (_changed is not { Count: > 0 }) return [];
        var points = _changed.Order().Select(m => new SeriesPoint(m, _minutes[m])).ToList();
        _changed.Clear();
        return points;
    }

    /// <summary>Forgets every minute (a buffer of deltas that has been sent on).</summary>
    public void Clear()
    {
        _minutes.Clear();
        _changed?.Clear();
    }

    /// <summary>Makes the next <see cref="TakeChanges"/> return every minute (a viewer joined with nothing).</summary>
    public void MarkAllChanged() => (_changed ??= []).UnionWith(_minutes.Keys);

    public MinuteBucket Total()
    {
        var total = default(MinuteBucket);
        foreach (var b in _minutes.Values) total.Add(b);
        return total;
    }
}
