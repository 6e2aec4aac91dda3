using LiveRoom.Domain.Launches;

namespace LiveRoom.Grains.Launches;

/// <summary>
/// Implemented by each web node: the launch grain pushes one update per tick to it, awaiting each
/// call so that updates (which are diffs) arrive in order.
/// </summary>
[Alias("LiveRoom.ILaunchObserver")]
public interface ILaunchObserver : IGrainObserver
{
    [Alias("OnUpdate")] Task OnUpdate(LaunchUpdate update);
}
