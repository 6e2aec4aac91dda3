namespace LiveRoom.Grains.Shared;

public static class StorageNames
{
    /// <summary>The grain storage every LiveRoom grain uses: memory when embedded, Redis in durable mode.</summary>
    public const string Default = "liveroom";
}
