using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace LiveRoom.Web.Launches;

/// <summary>
/// /hubs/launch. <c>Subscribe(launchId)</c> returns the full snapshot and joins the launch's
/// SignalR group, which then gets at most one <c>Update</c> per tick. <c>SubscribeSummary</c> is
/// the same without group rows in the updates: a wall screen or a KPI feed of a 5,000-group launch
/// would otherwise receive every changed row every second, which it never shows.
/// <c>SubscribeIncident</c> likewise returns an incident and pushes an <c>Incident</c> message
/// after each of its changes.
/// </summary>
[Authorize]
public sealed class LaunchHub(IGrainFactory grains, LaunchFeed feed) : Hub<ILaunchHubClient>
{
    public static string GroupName(string launchId) => $"launch:{launchId}";

    public static string SummaryGroupName(string launchId) => $"launch-summary:{launchId}";

    public static string IncidentGroupName(string incidentKey) => $"incident:{incidentKey}";

    public Task<LaunchSnapshot> Subscribe(string launchId) => Join(launchId, GroupName(launchId));

    public Task<LaunchSnapshot> SubscribeSummary(string launchId) => Join(launchId, SummaryGroupName(launchId));

    private async Task<LaunchSnapshot> Join(string launchId, string group)
    {
        // Join first, then snapshot: an update racing the snapshot is then never missed, only
        // possibly older than it, and clients drop updates whose seq is not newer.
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        var snapshot = await grains.GetGrain<ILaunchGrain>(launchId).GetSnapshot();
        if (snapshot is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
            throw new HubException($"Launch '{launchId}' does not exist.");
        }
        var watches = Watches();
        if (!watches.ContainsKey(launchId)) watches[launchId] = feed.Watch(launchId);
        return snapshot;
    }

    public async Task Unsubscribe(string launchId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupName(launchId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, SummaryGroupName(launchId));
        if (Watches().Remove(launchId, out var watch)) watch.Dispose();
    }

    /// <summary>The incident now, then an <c>Incident</c> message after each of its changes (steps, deliveries, status, notes).</summary>
    public async Task<IncidentView> SubscribeIncident(string launchId, string incidentId)
    {
        var key = IncidentKey.Of(launchId, incidentId);
        // Join first, then read (as for launches): a change racing the read is never missed.
        await Groups.AddToGroupAsync(Context.ConnectionId, IncidentGroupName(key));
        var view = await grains.GetGrain<IIncidentGrain>(key).GetView();
        if (view is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, IncidentGroupName(key));
            throw new HubException($"Incident '{incidentId}' of launch '{launchId}' does not exist.");
        }
        var watches = Watches();
        if (!watches.ContainsKey(IncidentGroupName(key))) watches[IncidentGroupName(key)] = feed.WatchIncident(launchId, incidentId);
        return view;
    }

    public async Task UnsubscribeIncident(string launchId, string incidentId)
    {
        var group = IncidentGroupName(IncidentKey.Of(launchId, incidentId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        if (Watches().Remove(group, out var watch)) watch.Dispose();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var watch in Watches().Values) watch.Dispose();
        Watches().Clear();
        return Task.CompletedTask;
    }

    private Dictionary<string, IDisposable> Watches()
    {
        if (Context.Items.TryGetValue("watches", out var w)) return (Dictionary<string, IDisposable>)w!;
        var created = new Dictionary<string, IDisposable>(StringComparer.Ordinal);
        Context.Items["watches"] = created;
        return created;
    }
}
