using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Timeline;
using LiveRoom.Web.Timeline;

namespace LiveRoom.Web.Demo;

/// <summary>
/// Puts the demo's own setup on its timeline, as an operator's would be, so that the timeline
/// page, its export and the review have something to show from the first minute.
/// </summary>
public static class DemoTimeline
{
    public const string Actor = "demo";

    public static Task RecordSetupAsync(IGrainFactory grains, LaunchDefinition launch, IReadOnlyList<GroupRegistration> groups, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return grains.GetGrain<ILaunchTimelineGrain>(launch.Id).Append(
        [
            new TimelineEntry { At = now, Kind = TimelineKind.OperatorAction, Actor = Actor, Action = OperatorActions.LaunchCreated, Args = OperatorActions.Created(launch).Args },
            new TimelineEntry { At = now, Kind = TimelineKind.OperatorAction, Actor = Actor, Action = OperatorActions.GroupsImported, Args = OperatorActions.Imported(groups.Count, 0).Args, GroupIds = groups.Select(g => g.Id).ToList() },
        ]);
    }
}
