namespace LiveRoom.Grains.Ingestion;

/// <summary>
/// A bounded memory of recently seen ids (as 64-bit hashes) in two generations: when the young
/// generation is full the old one is dropped. Replays inside the window are caught; memory stays
/// at most 2 × capacity × ~24 bytes.
/// </summary>
public sealed class RecentIds(int capacity)
{
    private HashSet<ulong> _young = new(capacity);
    private HashSet<ulong> _old = [];

    /// <summary>Records the id; false when it was already seen inside the window.</summary>
    public bool Add(ulong id)
    {
        if (_old.Contains(id)) return false;
        if (!_young.Add(id)) return false;
        if (_young.Count >= capacity)
        {
            _old = _young;
            _young = new HashSet<ulong>(capacity);
        }
        return true;
    }
}
