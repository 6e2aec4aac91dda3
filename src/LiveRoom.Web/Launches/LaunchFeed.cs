using System.Collections.Concurrent;
using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Hosting;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Shared;
using Microsoft.AspNetCore.SignalR;

namespace LiveRoom.Web.Launches;

/// <summary>
/// This node's single subscription point to launch grains (the GPSTracker shape: one observer per
/// node, not one per viewer). Updates go to the hub group of the launch and to in-process
/// listeners (the Blazor board), so a launch grain's push cost is per node, not per viewer.
/// Incidents are watched the same way, one subscription per incident per node.
/// </summary>
public sealed partial class LaunchFeed(
    IGrainFactory grains,
    IHubContext<LaunchHub, ILaunchHubClient> hub,
    ILogger<LaunchFeed> logger) : ILaunchObserver, IIncidentObserver, IHostedService
{
    /// <summary>
    /// Subscriptions live in the launch grain's memory; renewing often bounds how long a board
    /// stays frozen after the grain moves to another node (a failover) to this interval.
    /// </summary>
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, Watcher<LaunchUpdate>> _watched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Watcher<IncidentView>> _incidents = new(StringComparer.Ordinal);
    private ILaunchObserver? _self;
    private IIncidentObserver? _selfForIncidents;
    private Timer? _renewTimer;

    /// <summary>Keeps updates of the launch flowing while the returned handle is alive.</summary>
    public IDisposable Watch(string launchId, Action<LaunchUpdate>? listener = null)
    {
        var watcher = _watched.GetOrAdd(launchId, _ => new Watcher<LaunchUpdate>());
        var handle = watcher.Add(listener);
        if (watcher.TrySubscribe()) _ = SubscribeAsync(launchId);
        return new Handle(() =>
        {
            if (watcher.Remove(handle) && _watched.TryRemove(new KeyValuePair<string, Watcher<LaunchUpdate>>(launchId, watcher)))
                _ = UnsubscribeAsync(launchId);
        });
    }

    /// <summary>Keeps an incident's changes flowing (to its hub group and to <paramref name="listener"/>) while the handle is alive.</summary>
    public IDisposable WatchIncident(string launchId, string incidentId, Action<IncidentView>? listener = null)
    {
        var key = IncidentKey.Of(launchId, incidentId);
        var watcher = _incidents.GetOrAdd(key, _ => new Watcher<IncidentView>());
        var handle = watcher.Add(listener);
        if (watcher.TrySubscribe()) _ = SubscribeIncidentAsync(key, subscribe: true);
        return new Handle(() =>
        {
            if (watcher.Remove(handle) && _incidents.TryRemove(new KeyValuePair<string, Watcher<IncidentView>>(key, watcher)))
                _ = SubscribeIncidentAsync(key, subscribe: false);
        });
    }

    public Task OnIncident(IncidentView incident)
    {
        var key = IncidentKey.Of(incident.LaunchId, incident.Id);
        _ = hub.Clients.Group(LaunchHub.IncidentGroupName(key)).Incident(incident);
        if (_incidents.TryGetValue(key, out var watcher)) watcher.Publish(incident, logger);
        return Task.CompletedTask;
    }

    public Task OnUpdate(LaunchUpdate update)
    {
        _ = hub.Clients.Group(LaunchHub.GroupName(update.LaunchId)).Update(update);
        _ = hub.Clients.Group(LaunchHub.SummaryGroupName(update.LaunchId)).Update(update.Groups.Count == 0 ? update : update with { Groups = [] });
        LiveRoomMetrics.UpdatePublished(update.ServerTime);
        if (_watched.TryGetValue(update.LaunchId, out var watcher)) watcher.Publish(update, logger);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _renewTimer = new Timer(_ => Renew(), null, Renewal, Renewal);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_renewTimer is not null) await _renewTimer.DisposeAsync();
    }

    private ILaunchObserver Self => _self ??= grains.CreateObjectReference<ILaunchObserver>(this);

    private IIncidentObserver SelfForIncidents => _selfForIncidents ??= grains.CreateObjectReference<IIncidentObserver>(this);

    private void Renew()
    {
        foreach (var id in _watched.Keys) _ = SubscribeAsync(id);
        foreach (var key in _incidents.Keys) _ = SubscribeIncidentAsync(key, subscribe: true);
    }

    private async Task SubscribeIncidentAsync(string key, bool subscribe)
    {
        try
        {
            var incident = grains.GetGrain<IIncidentGrain>(key);
            await (subscribe ? incident.Subscribe(SelfForIncidents) : incident.Unsubscribe(SelfForIncidents));
        }
        catch (Exception ex)
        {
            LogSubscribeFailed(ex, key);
        }
    }

    private async Task SubscribeAsync(string launchId)
    {
        try
        {
            await grains.GetGrain<ILaunchGrain>(launchId).Subscribe(Self);
            LogSubscribed(launchId);
        }
        catch (Exception ex)
        {
            LogSubscribeFailed(ex, launchId);
        }
    }

    private async Task UnsubscribeAsync(string launchId)
    {
        try
        {
            await grains.GetGrain<ILaunchGrain>(launchId).Unsubscribe(Self);
        }
        catch (Exception ex)
        {
            LogSubscribeFailed(ex, launchId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subscribed to launch {LaunchId}")]
    private partial void LogSubscribed(string launchId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not (un)subscribe to launch {LaunchId}; retrying on the next renewal")]
    private partial void LogSubscribeFailed(Exception ex, string launchId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A board listener failed")]
    private static partial void LogListenerFailed(ILogger logger, Exception ex);

    private sealed class Watcher<T>
    {
        private readonly Lock _gate = new();
        private readonly List<Registration<T>> _registrations = [];
        private bool _subscribed;

        public Registration<T> Add(Action<T>? listener)
        {
            lock (_gate)
            {
                var r = new Registration<T>(listener);
                _registrations.Add(r);
                return r;
            }
        }

        /// <summary>True the first time: the caller then subscribes to the grain.</summary>
        public bool TrySubscribe()
        {
            lock (_gate)
            {
                if (_subscribed) return false;
                _subscribed = true;
                return true;
            }
        }

        /// <summary>Removes one registration; true when it was the last one.</summary>
        public bool Remove(Registration<T> r)
        {
            lock (_gate)
            {
                _registrations.Remove(r);
                return _registrations.Count == 0;
            }
        }

        public void Publish(T update, ILogger logger)
        {
            Registration<T>[] current;
            lock (_gate) current = [.. _registrations];
            foreach (var r in current)
            {
                try
                {
                    r.Listener?.Invoke(update);
                }
                catch (Exception ex)
                {
                    LogListenerFailed(logger, ex);
                }
            }
        }
    }

    private sealed record Registration<T>(Action<T>? Listener);

    private sealed class Handle(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
