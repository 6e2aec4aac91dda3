
namespace LiveRoom.Grains.Shared;

public static class OutboxKey
{
    public static string Of(string launchId, int partition) => $"{launchId}/{partition}";

    /// <summary>Stable across processes (string.GetHashCode is randomised per process).</summary>
    public static int PartitionOf(string groupId, int partitions)
    {
        var h = 2166136261u;
        foreach (var c in groupId) h = (h ^ c) * 16777619u;
        return (int)(h % (uint)partitions);
    }
}
