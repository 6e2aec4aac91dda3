using System.Security.Claims;
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
    public async Task RecordAsync(string launchId, Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> auth, string action, string summary, IReadOnlyCollection<string>? groupIds = null) =>
        await RecordAsync(launchId, (await auth).User, action, summary, groupIds);

    public Task RecordAsync(string launchId, ClaimsPrincipal user, string action, string summary, IReadOnlyCollection<string>? groupIds = null) =>
        RecordAsync(launchId, user.Identity?.Name ?? TimelineActors.System, action, summary, groupIds);

    public async Task RecordAsync(string launchId, string actor, string action, string summary, IReadOnlyCollection<string>? groupIds = null)
    {
        logger.LogInformation("Launch {LaunchId}: {Action} by {Actor}: {Summary}", launchId, action, actor, summary);
        await grains.GetGrain<ILaunchTimelineGrain>(launchId).Append([new TimelineEntry
        {
            At = clock.GetUtcNow(),
            Kind = TimelineKind.OperatorAction,
            Actor = actor,
            Action = action,
            Summary = summary,
            GroupIds = groupIds?.ToList() ?? [],
        }]);
    }
}
