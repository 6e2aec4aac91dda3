using System.Reflection;
using LiveRoom.Web.Launches;
using LiveRoom.Web.Tests.Infrastructure;
using LiveRoom.Web.Tests.Launches;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR;

namespace LiveRoom.Web.Tests.Access;

/// <summary>
/// Every method a client can invoke on /hubs/launch, found by reflection, called with the real
/// SignalR client as a Viewer: one that is not on the read-only list must be refused.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HubMethodAuthorizationTests(LiveRoomAppFactory app)
{
    /// <summary>Hub methods that only read or (un)subscribe the caller's own connection, with why a viewer may call them.</summary>
    private static readonly Dictionary<string, string> ReadOnly = new(StringComparer.Ordinal)
    {
        ["Subscribe"] = "returns the board snapshot and joins this connection to its push group",
        ["SubscribeSummary"] = "the same without group rows",
        ["Unsubscribe"] = "leaves this connection's own push groups",
        ["SubscribeIncident"] = "returns an incident view and joins its push group",
        ["UnsubscribeIncident"] = "leaves this connection's own incident group",
    };

    private static IReadOnlyList<(string Name, ParameterInfo[] Parameters)> HubMethods() =>
        typeof(LaunchHub).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(LaunchHub))
            .Select(m => (m.GetCustomAttribute<HubMethodNameAttribute>()?.Name ?? m.Name, m.GetParameters()))
            .ToList();

    private static object?[] ArgumentsFor(ParameterInfo[] parameters, string launchId) =>
        parameters.Select(p => p.ParameterType == typeof(string) ? (p.Name == "launchId" ? launchId : "x")
            : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray();

    private async Task<HubException?> InvokeAsViewerAsync(HubConnection hub, string name, ParameterInfo[] parameters, string launchId)
    {
        try
        {
            await hub.InvokeCoreAsync(name, typeof(object), ArgumentsFor(parameters, launchId));
            return null;
        }
        catch (HubException e)
        {
            return e;
        }
    }

    private static bool IsRefusal(HubException? e) => e?.Message.Contains("unauthorized", StringComparison.OrdinalIgnoreCase) == true;

    [Fact]
    public async Task A_viewer_is_refused_every_hub_method_not_on_the_read_only_list()
    {
        var methods = HubMethods();
        Assert.True(methods.Count >= ReadOnly.Count, $"only {methods.Count} hub methods found");
        var stale = ReadOnly.Keys.Except(methods.Select(m => m.Name)).ToList();
        Assert.True(stale.Count == 0, "Read-only hub methods that no longer exist: " + string.Join(", ", stale));

        var launch = await TestLaunch.CreateAsync(app);
        await using var hub = HubClient.Create(app, await app.AuthCookieAsync(LiveRoomAppFactory.ViewerUser));
        await hub.StartAsync();

        var wronglyAllowed = new List<string>();
        foreach (var (name, parameters) in methods.Where(m => !ReadOnly.ContainsKey(m.Name)))
        {
            var outcome = await InvokeAsViewerAsync(hub, name, parameters, launch.Id);
            if (!IsRefusal(outcome)) wronglyAllowed.Add($"{name}: {outcome?.Message ?? "succeeded"}");
        }
        Assert.True(wronglyAllowed.Count == 0,
            "Hub methods a viewer could call: give each [Authorize(Policy = …)] or, if it changes nothing, a line in ReadOnly: " + string.Join("; ", wronglyAllowed));
    }

    [Fact]
    public async Task A_viewer_may_call_the_read_only_hub_methods()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await using var hub = HubClient.Create(app, await app.AuthCookieAsync(LiveRoomAppFactory.ViewerUser));
        await hub.StartAsync();

        foreach (var (name, parameters) in HubMethods().Where(m => ReadOnly.ContainsKey(m.Name)))
        {
            // An unknown incident answers "does not exist": that is a read, not a refusal.
            var outcome = await InvokeAsViewerAsync(hub, name, parameters, launch.Id);
            Assert.False(IsRefusal(outcome), $"{name} refused a viewer: {outcome?.Message}");
        }
        var snapshot = await hub.InvokeAsync<LiveRoom.Domain.Launches.LaunchSnapshot>("Subscribe", launch.Id);
        Assert.Equal(launch.Id, snapshot.Launch.Definition.Id);
    }
}
