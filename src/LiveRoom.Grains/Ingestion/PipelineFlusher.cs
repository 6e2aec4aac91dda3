using LiveRoom.Domain.Groups;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace LiveRoom.Grains.Ingestion;

/// <summary>
/// Drives the per-silo buffers on their clocks and empties them on graceful shutdown, before the
/// silo stops its grains, so a planned restart loses no traffic.
/// </summary>
public sealed partial class PipelineFlusher(
    IngestBuffer ingest,
    GroupReportBuffer reports,
    IGrainFactory grains,
    IOptions<PipelineOptions> options,
    ILogger<PipelineFlusher> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loops = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PipelineFlusher), ServiceLifecycleStage.Active, Start, Stop);

    private Task Start(CancellationToken _)
    {
        _loops = Task.WhenAll(
            Loop(options.Value.IngestFlushInterval, FlushIngestAsync),
            Loop(options.Value.ReportFlushInterval, FlushReportsAsync));
        return Task.CompletedTask;
    }

    private async Task Stop(CancellationToken _)
    {
        await _stop.CancelAsync();
        await _loops;
        await FlushIngestAsync();
        await FlushReportsAsync();
    }

    private async Task Loop(TimeSpan period, Func<Task> flush)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                try
                {
                    await flush();
                }
                catch (Exception ex)
                {
                    LogFlushFailed(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public Task FlushIngestAsync() => Task.WhenAll(ingest.Drain().Select(p => SendTrafficAsync(p.LaunchId, p.GroupId, p.Delta)));

    /// <summary>
    /// Page views for a group on a node that just died go again at the next flush, to the group's
    /// new activation: only a call known not to have reached a live grain is repeated (a delta is
    /// added, not replaced, so repeating one that landed would count it twice).
    /// </summary>
    private async Task SendTrafficAsync(string launchId, string groupId, TrafficDelta delta)
    {
        try
        {
            await grains.GetGrain<IGroupGrain>(GroupKey.Of(launchId, groupId)).ApplyTraffic(delta);
        }
        catch (Exception ex) when (UnreachableRetry.IsUnreachable(ex))
        {
            ingest.Requeue(launchId, groupId, delta);
            LogTrafficRequeued(launchId, groupId);
        }
    }

    public Task FlushReportsAsync() => Task.WhenAll(reports.Drain().Select(p => SendReportsAsync(p.LaunchId, p.Reports)));

    /// <summary>
    /// A launch whose grain is unreachable (its node just died and is not yet voted out) gets the
    /// same reports at the next flush: a group may not report again for a long time, and the board
    /// would show its stale row until then. Stats are newest-version-wins, so a retry that overlaps
    /// a call that did land changes nothing but the minute series of that one flush.
    /// </summary>
    private async Task SendReportsAsync(string launchId, IReadOnlyList<GroupReport> batch)
    {
        try
        {
            await grains.GetGrain<ILaunchGrain>(launchId).ApplyGroupReports(batch);
        }
        catch (Exception ex)
        {
            reports.Requeue(launchId, batch);
            LogReportsRequeued(ex, launchId, batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Page views for group {GroupId} of launch {LaunchId} kept for the next flush: its node is unreachable")]
    private partial void LogTrafficRequeued(string launchId, string groupId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group reports for launch {LaunchId} not delivered; {Count} kept for the next flush")]
    private partial void LogReportsRequeued(Exception ex, string launchId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A pipeline flush failed; traffic of one interval may be lost")]
    private partial void LogFlushFailed(Exception ex);
}
