using System.Collections.Concurrent;
using System.Diagnostics;
using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Launches;

namespace LiveRoom.Grains.Tests.Cluster;

/// <summary>A client-side observer that keeps every update it receives, with when it arrived.</summary>
public sealed class UpdateRecorder : ILaunchObserver
{
    private readonly ConcurrentQueue<(TimeSpan At, LaunchUpdate Update)> _received = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public Task OnUpdate(LaunchUpdate update)
    {
        _received.Enqueue((_clock.Elapsed, update));
        return Task.CompletedTask;
    }

    public IReadOnlyList<LaunchUpdate> Updates => _received.Select(r => r.Update).ToList();

    public IReadOnlyList<(TimeSpan At, LaunchUpdate Update)> Received => _received.ToList();

    public TimeSpan Now => _clock.Elapsed;
}
