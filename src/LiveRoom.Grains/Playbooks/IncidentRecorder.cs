using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Timeline;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// Records an incident's actions: durable in the incident first (its own timeline, written by the
/// grain's coalescing writer), then one append to the launch timeline per action. Appends are
/// chained so the launch timeline gets them in the incident's order, even when the pump and a
/// handler's action record at the same time.
/// </summary>
internal sealed class IncidentRecorder(Func<IncidentView> incident, WriteCoalescer writer, IGrainFactory grains, TimeProvider clock)
{
    private Task _appended = Task.CompletedTask;

    /// <summary>The entry's action is the text's code and its arguments are the entry's.</summary>
    public TimelineEntry Entry(TimelineKind kind, string actor, ServerText text, IReadOnlyList<string>? groups = null) => new()
    {
        At = clock.GetUtcNow(), Kind = kind, Actor = actor, Action = text.Code, Args = text.Args, GroupIds = groups ?? [], RefId = incident().Id,
    };

    public Task Record(params TimelineEntry[] entries)
    {
        incident().Timeline.AddRange(entries);
        return _appended = AppendAfter(_appended, writer.WriteAsync(), entries);
    }

    private async Task AppendAfter(Task previous, Task written, TimelineEntry[] entries)
    {
        try
        {
            await previous;
        }
        catch
        {
            // An earlier append's failure was reported to its own caller.
        }
        await written;
        await grains.GetGrain<ILaunchTimelineGrain>(incident().LaunchId).Append(entries);
    }
}
