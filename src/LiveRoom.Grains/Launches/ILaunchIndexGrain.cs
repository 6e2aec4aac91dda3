namespace LiveRoom.Grains.Launches;

/// <summary>The list of launches (key 0). Touched only when a launch is saved, never by events.</summary>
[Alias("LiveRoom.ILaunchIndexGrain")]
public interface ILaunchIndexGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task Upsert(LaunchSummary summary);
    [Alias("List")] Task<IReadOnlyList<LaunchSummary>> List();
}
