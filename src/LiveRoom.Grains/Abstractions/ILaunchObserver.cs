using Orleans.Concurrency;

using LiveRoom.Domain.Board;

namespace LiveRoom.Grains.Abstractions;

/// <summary>Implemented by each web node: the launch grain pushes one update per tick to it.</summary>
[Alias("LiveRoom.ILaunchObserver")]
public interface ILaunchObserver : IGrainObserver
{
    [OneWay, Alias("OnUpdate")] Task OnUpdate(LaunchUpdate update);
}
