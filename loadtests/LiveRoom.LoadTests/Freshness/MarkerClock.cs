using System.Diagnostics;

namespace LiveRoom.LoadTests.Freshness;

/// <summary>
/// When each freshness marker was sent. Marker k is the k-th unit ordered of the marker SKU, so an
/// update whose marker SKU shows sold = S reflects markers 1…S; markers are sent one after another.
/// </summary>
public sealed class MarkerClock(int capacity)
{
    private readonly long[] _sentAt = new long[capacity + 1];

    public int Capacity => capacity;

    public void Sent(int k) => Volatile.Write(ref _sentAt[k], Stopwatch.GetTimestamp());

    /// <summary>The send timestamp of marker k, or 0 when it is unknown (beyond the run).</summary>
    public long SentAt(int k) => k >= 1 && k <= capacity ? Volatile.Read(ref _sentAt[k]) : 0;
}
