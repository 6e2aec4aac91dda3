using System.Security.Claims;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Timeline;

namespace LiveRoom.Web.Timeline;

/// <summary>
/// Writes operator actions (setup, phase, keys, groups) to the launch's timeline with who did
/// them: one entry per action, whatever the number of groups it touched. Called after the
/// action succeeded, from the API and from the dashboard alike.
/// </summary>
public sealed class OperatorLog(IGrainFactory grains, TimeProvider clock, ILogger<OperatorLog> logger)
{
    public Task RecordAsync(string launchId, ClaimsPrincipal user, ServerText text, IReadOnlyCollection<string>? groupIds = null) =>
        RecordAsync(launchId, user.Identity?.Name ?? TimelineActors.System, text, groupIds);

    /// <summary>A server-made sentence: the code is the action, the reader renders it in their language.</summary>
    public Task RecordAsync(string launchId, string actor, ServerText text, IReadOnlyCollection<string>? groupIds = null) =>
        AppendAsync(launchId, new TimelineEntry { Actor = actor, Action = text.Code, Args = text.Args, GroupIds = groupIds?.ToList() ?? [] }, text.ToString());

    public async Task RecordAsync(string launchId, Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> auth, string action, string summary, IReadOnlyCollection<string>? groupIds = null) =>
        await RecordAsync(launchId, (await auth).User, action, summary, groupIds);

    public Task RecordAsync(string launchId, ClaimsPrincipal user, string action, string summary, IReadOnlyCollection<string>? groupIds = null) =>
        RecordAsync(launchId, user.Identity?.Name ?? TimelineActors.System, action, summary, groupIds);

    /// <summary>Free text an operator wrote (a note): shown as written in every language.</summary>
    public Task RecordAsync(string launchId, string actor, string action, string summary, IReadOnlyCollection<string>? groupIds = null) =>
        AppendAsync(launchId, new TimelineEntry { Actor = actor, Action = action, Summary = summary, GroupIds = groupIds?.ToList() ?? [] }, summary);

    private async Task AppendAsync(string launchId, TimelineEntry entry, string logged)
    {
        logger.LogInformation("Launch {LaunchId}: {Action} by {Actor}: {Summary}", launchId, entry.Action, entry.Actor, logged);
        await grains.GetGrain<ILaunchTimelineGrain>(launchId).Append([entry with { At = clock.GetUtcNow(), Kind = TimelineKind.OperatorAction }]);
    }
}
