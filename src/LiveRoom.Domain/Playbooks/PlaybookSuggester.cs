using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// Matches board conditions to the playbooks that declare them (<c>suggestOn</c>). Evaluated by each
/// dashboard from the board model it already has, so it costs no grain calls. An SKU already marked
/// paused is taken as handled and not suggested again.
/// </summary>
public static class PlaybookSuggester
{
    public const int StallMinutes = 3;

    public static IReadOnlyList<PlaybookSuggestion> Suggest(IEnumerable<PlaybookDefinition> playbooks, BoardSignals board)
    {
        var result = new List<PlaybookSuggestion>();
        foreach (var p in playbooks)
        {
            switch (p.SuggestOn)
            {
                case PlaybookSignal.SkuSoldOut:
                    foreach (var sku in board.Skus.Where(s => s.SoldOut && !s.Paused))
                        result.Add(new($"{p.Id}:sku:{sku.SkuId}", p, p.SuggestOn, sku.Name, sku.SkuId, TriggerScope.Launch));
                    break;
                case PlaybookSignal.NegativeSpike when board.NegativeSpikes.Count > 0:
                    // One card for all spiking groups (a bad batch can upset dozens at once), scoped to them;
                    // its key changes with the set, so a new group brings a dismissed card back.
                    var ids = board.NegativeSpikes.Select(g => g.GroupId).Order(StringComparer.Ordinal).ToList();
                    var subject = ids.Count == 1 ? board.NegativeSpikes[0].GroupName : $"{board.NegativeSpikes[0].GroupName} +{ids.Count - 1}";
                    result.Add(new($"{p.Id}:groups:{string.Join(",", ids)}", p, p.SuggestOn, subject, null,
                        new TriggerScope { Kind = ids.Count == 1 ? ScopeKind.Group : ScopeKind.Groups, GroupIds = ids }));
                    break;
                case PlaybookSignal.OrdersStalled when board.OrdersStalled:
                    result.Add(new($"{p.Id}:stalled", p, p.SuggestOn, "", null, TriggerScope.Launch));
                    break;
                case PlaybookSignal.PageError when board.PageErrors is { } errors:
                    // The sale page is one page for every group: the card is for the launch, and its
                    // subject is the latest error so the handler can tell a broken checkout from a broken page.
                    result.Add(new($"{p.Id}:page_error", p, p.SuggestOn, errors.Example ?? "", null, TriggerScope.Launch));
                    break;
            }
        }
        return result;
    }

    /// <summary>Live, orders came in before, and none in the last <see cref="StallMinutes"/> whole minutes.</summary>
    public static bool OrdersStalled(LaunchPhase phase, IReadOnlyDictionary<long, MinuteBucket> series, long nowMinute)
    {
        if (phase != LaunchPhase.Live) return false;
        var before = false;
        foreach (var (minute, bucket) in series)
        {
            if (bucket.Orders == 0) continue;
            if (minute >= nowMinute - StallMinutes) return false;
            before = true;
        }
        return before;
    }
}
