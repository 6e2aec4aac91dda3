using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Launches;

/// <summary>
/// Turns the board's alert flags (SKU sold out / oversold / low, silent groups, a group's report
/// alert) into timeline entries when an alert is raised and when it clears, not on every tick.
/// <paramref name="recorded"/> holds the alert keys already on the timeline; it lives in the
/// board's stored state, so a grain that moves to another silo does not raise them again.
/// </summary>
public sealed class BoardAlerts(HashSet<string> recorded)
{
    /// <summary>Group alerts recorded elsewhere (the group grain writes a negative spike itself, with its quote).</summary>
    public const string RecordedByGroup = AlertCodes.NegativeSpike;

    private sealed record Active(string Key, string Action, string Summary, string? GroupId, string? SkuId);

    /// <summary>The entries for what changed since the last call; the caller appends them, then calls <see cref="Commit"/>.</summary>
    public IReadOnlyList<TimelineEntry> Changes(
        IReadOnlyList<SkuInventory> skus,
        IReadOnlySet<string> silentGroups,
        IReadOnlyDictionary<string, string?> groupAlerts,
        Func<string, string> groupName,
        DateTimeOffset now,
        out HashSet<string> next)
    {
        var active = Current(skus, silentGroups, groupAlerts, groupName).ToDictionary(a => a.Key, StringComparer.Ordinal);
        next = new HashSet<string>(active.Keys, StringComparer.Ordinal);
        var entries = new List<TimelineEntry>();
        foreach (var a in active.Values.Where(a => !recorded.Contains(a.Key)).Where(a => a.SkuId is not null))
            entries.Add(Entry(now, a.Action, a.Summary, [], a.Key));
        // An SKU going from low to sold out is not "low cleared": only a key with no successor for its SKU clears.
        var skusAlerting = active.Values.Where(a => a.SkuId is not null).Select(a => a.SkuId!).ToHashSet(StringComparer.Ordinal);
        foreach (var key in recorded.Where(k => !active.ContainsKey(k) && k.StartsWith("sku.", StringComparison.Ordinal) && !skusAlerting.Contains(SubjectOf(k))).Order(StringComparer.Ordinal))
            entries.Add(Entry(now, ActionOf(key) + ".cleared", $"{SubjectOf(key)} 已解除", [], key));
        // Groups: one entry per alert kind and direction for all groups that changed in this tick,
        // so 300 groups going quiet at the start of the countdown make one line, not 300.
        foreach (var raised in active.Values.Where(a => a.GroupId is not null && !recorded.Contains(a.Key)).GroupBy(a => a.Action).OrderBy(g => g.Key, StringComparer.Ordinal))
            entries.Add(Entry(now, raised.Key, GroupSummary(raised.Key, raised.Select(a => a.GroupId!).ToList(), groupName, cleared: false), raised.Select(a => a.GroupId!).Order(StringComparer.Ordinal).ToList(), null));
        foreach (var cleared in recorded.Where(k => !active.ContainsKey(k) && k.StartsWith("group.", StringComparison.Ordinal)).GroupBy(ActionOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ids = cleared.Select(SubjectOf).Order(StringComparer.Ordinal).ToList();
            entries.Add(Entry(now, cleared.Key + ".cleared", GroupSummary(cleared.Key, ids, groupName, cleared: true), ids, null));
        }
        return entries;
    }

    /// <summary>Records that the entries of <see cref="Changes"/> are on the timeline.</summary>
    public void Commit(HashSet<string> next)
    {
        recorded.Clear();
        recorded.UnionWith(next);
    }

    private static IEnumerable<Active> Current(IReadOnlyList<SkuInventory> skus, IReadOnlySet<string> silentGroups, IReadOnlyDictionary<string, string?> groupAlerts, Func<string, string> groupName)
    {
        foreach (var s in skus)
        {
            // Oversold implies sold out; one alert says the worse.
            if (s.Oversold) yield return new($"sku.oversold|{s.SkuId}", "sku.oversold", $"{s.Name} 超卖：已售 {s.Sold}，库存 {s.Stock}", null, s.SkuId);
            else if (s.SoldOut) yield return new($"sku.sold_out|{s.SkuId}", "sku.sold_out", $"{s.Name} 已售罄（库存 {s.Stock}）", null, s.SkuId);
            else if (s.Low) yield return new($"sku.low|{s.SkuId}", "sku.low", $"{s.Name} 库存不足：剩余 {s.Remaining}", null, s.SkuId);
        }
        foreach (var id in silentGroups) yield return new($"group.silent|{id}", "group.silent", "", id, null);
        foreach (var (id, alert) in groupAlerts)
            if (alert is not null && alert != RecordedByGroup) yield return new($"group.{alert}|{id}", "group." + alert, "", id, null);
    }

    private static string ActionOf(string key) => key[..key.IndexOf('|')];

    private static string SubjectOf(string key) => key[(key.IndexOf('|') + 1)..];

    private static string GroupSummary(string action, IReadOnlyList<string> ids, Func<string, string> groupName, bool cleared)
    {
        var names = string.Join("、", ids.Take(5).Select(groupName)) + (ids.Count > 5 ? $" 等 {ids.Count} 个群" : "");
        var what = action switch
        {
            "group.silent" => cleared ? "恢复发言" : $"{(int)LaunchBoard.SilenceWindow.TotalMinutes} 分钟无动静",
            _ => cleared ? $"{action["group.".Length..]} 已解除" : action["group.".Length..],
        };
        return $"{names}：{what}";
    }

    private static TimelineEntry Entry(DateTimeOffset at, string action, string summary, IReadOnlyList<string> groupIds, string? refId) => new()
    {
        At = at,
        Kind = TimelineKind.Alert,
        Actor = TimelineActors.System,
        Action = action,
        Summary = summary,
        GroupIds = groupIds,
        RefId = refId,
    };
}
