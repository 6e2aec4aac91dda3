using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Launches;
using LiveRoom.Web.Ingestion;
using Microsoft.Extensions.Options;

namespace LiveRoom.Web.Demo;

/// <summary>
/// Runs the demo launch: sets it up at start (again, with a new T0, once it has ended), then feeds
/// it through the same validation and pipeline as real webhooks, restocking an SKU when it runs low.
/// </summary>
public sealed partial class DemoSimulator(
    IOptions<DemoOptions> options,
    IGrainFactory grains,
    IngestService ingest,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<DemoSimulator> logger) : BackgroundService
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await Started(stoppingToken)) return;
        var o = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunLaunchAsync(o, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogDemoFailed(ex);
                await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken);
            }
        }
    }

    private async Task RunLaunchAsync(DemoOptions o, CancellationToken stoppingToken)
    {
        var grain = grains.GetGrain<ILaunchGrain>(o.LaunchId);
        var launch = await grain.GetDefinition();
        if (launch is null || clock.GetUtcNow() >= launch.EndsAt)
        {
            launch = await grain.Save(DemoLaunch.Definition(o, clock.GetUtcNow()));
            await grain.RegisterGroups(DemoAnnouncements.WithChannels(DemoLaunch.Groups(o)));
            await DemoTimeline.RecordSetupAsync(grains, launch, await grain.GetGroups(), clock);
            await DemoAnnouncements.SetUpAsync(grains, o.LaunchId);
            LogDemoStarted(launch.Id, launch.StartsAt);
        }
        var traffic = new DemoTraffic(launch, await grain.GetGroups(), o);
        var restocked = new HashSet<string>();
        using var timer = new PeriodicTimer(Step, clock);
        var last = clock.GetUtcNow();
        var ticks = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow();
            if (now >= launch.EndsAt + TimeSpan.FromMinutes(2)) return; // start the next demo launch
            var events = traffic.Step(now, now - last);
            last = now;
            if (++ticks % 20 == 0 && await grain.GetSnapshot() is { } snapshot)
            {
                foreach (var sku in snapshot.Skus.Where(s => s.Low && restocked.Add(s.SkuId)))
                    events.Add(traffic.Restock(sku.SkuId, 500, now));
            }
            if (events.Count > 0) await ingest.IngestAsync(launch.Id, events);
        }
    }

    private async Task<bool> Started(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var _ = lifetime.ApplicationStarted.Register(started.SetResult);
        using var __ = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo launch {LaunchId} set up; T0 is {StartsAt:O}")]
    private partial void LogDemoStarted(string launchId, DateTimeOffset startsAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo simulator failed; restarting it")]
    private partial void LogDemoFailed(Exception ex);
}
