using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;

namespace LiveRoom.Grains.Playbooks;

public sealed class SuggestionLogGrain(
    [PersistentState("suggestions", StorageNames.Default)] IPersistentState<HashSet<string>> recorded,
    TimeProvider clock) : Grain, ISuggestionLogGrain
{
    public const string Action = "playbook.suggested";

    public async Task<int> Shown(IReadOnlyList<SuggestionShown> cards)
    {
        var fresh = cards.Where(c => !recorded.State.Contains(c.Key)).DistinctBy(c => c.Key).ToList();
        if (fresh.Count == 0) return 0;
        var now = clock.GetUtcNow();
        await GrainFactory.GetGrain<ILaunchTimelineGrain>(this.GetPrimaryKeyString()).Append(fresh.Select(c => new TimelineEntry
        {
            At = now,
            Kind = TimelineKind.Playbook,
            Actor = TimelineActors.System,
            Action = Action,
            Summary = c.Summary,
            Args = c.Args ?? Domain.Shared.ServerText.NoArgs,
            GroupIds = c.GroupIds,
            RefId = c.PlaybookId,
        }).ToList());
        // After the append: a failed append is retried by the next report of the same card.
        recorded.State.UnionWith(fresh.Select(c => c.Key));
        await recorded.WriteStateAsync();
        return fresh.Count;
    }
}
