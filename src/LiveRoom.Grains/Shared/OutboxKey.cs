using System.Globalization;

namespace LiveRoom.Grains.Shared;

/// <summary>An outbox partition grain's key, "{launchId}/{partition}"; built and read only here.</summary>
public readonly record struct OutboxKey(string LaunchId, int Partition)
{
    public static string Of(string launchId, int partition) => new OutboxKey(launchId, partition).ToString();

    /// <summary>The partition number is the last segment.</summary>
    public static OutboxKey Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !int.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var partition))
            throw new FormatException($"'{key}' is not an outbox key (launch/partition)");
        return new(key[..slash], partition);
    }

    /// <summary>Stable across processes (string.GetHashCode is randomised per process).</summary>
    public static int PartitionOf(string groupId, int partitions)
    {
        var h = 2166136261u;
        foreach (var c in groupId) h = (h ^ c) * 16777619u;
        return (int)(h % (uint)partitions);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{LaunchId}/{Partition}");
}
