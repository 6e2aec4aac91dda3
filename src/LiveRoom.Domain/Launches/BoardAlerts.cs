using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Launches;

/// <summary>
/// Turns the board's alert flags (SKU sold out / oversold / low, silent groups, a group's report
/// alert) into timeline entries when an alert is raised and when it clears, not on every tick.
/// <paramref name="recorded"/> holds the alert keys already on the timeline; it lives in the
/// board's stored state, so a grain that moves to another silo does not raise them again. Entries
/// carry a code (the action, <see cref="AlertCodes"/>) and arguments, never words: each reader
/// renders <c>text.{action}</c> in their own language.
/// </summary>
/// <param name="silenceWindow">How long a group was quiet when it is recorded as silent (an argument of the entry).</param>
public sealed class BoardAlerts(HashSet<string> recorded, TimeSpan? silenceWindow = null)
{
    /// <summary>Group alerts recorded elsewhere (the group grain writes a negative spike itself, with its quote).</summary>
    public const string RecordedByGroup = AlertCodes.NegativeSpike;

    /// <summary>How many group names an entry lists before it only counts the rest.</summary>
    public const int NamedGroups = 5;

    private sealed record Active(string Key, string Action, ServerText? Text, string? GroupId, string? SkuId);

    /// <summary>The entries for what changed since the last call; the caller appends them, then calls <see cref="Commit"/>.</summary>
    public IReadOnlyList<TimelineEntry> Changes(
        IReadOnlyList<SkuInventory> skus,
        IReadOnlySet<string> silentGroups,
        IReadOnlyDictionary<string, string?> groupAlerts,
        Func<string, string> groupName,
        DateTimeOffset now,
        out HashSet<string> next)
    {
        var active = Current(skus, silentGroups, groupAlerts).ToDictionary(a => a.Key, StringComparer.Ordinal);
        next = new HashSet<string>(active.Keys, StringComparer.Ordinal);
        var entries = new List<TimelineEntry>();
        foreach (var a in active.Values.Where(a => !recorded.Contains(a.Key)).Where(a => a.SkuId is not null))
            entries.Add(Entry(now, a.Text!, [], a.Key));
        // An SKU going from low to sold out is not "low cleared": only a key with no successor for its SKU clears.
        var skusAlerting = active.Values.Where(a => a.SkuId is not null).Select(a => a.SkuId!).ToHashSet(StringComparer.Ordinal);
        foreach (var key in recorded.Where(k => !active.ContainsKey(k) && k.StartsWith(AlertCodes.SkuPrefix, StringComparison.Ordinal) && !skusAlerting.Contains(SubjectOf(k))).Order(StringComparer.Ordinal))
            entries.Add(Entry(now, ServerText.Of(AlertCodes.Cleared(ActionOf(key)), ("sku", SubjectOf(key))), [], key));
        // Groups: one entry per alert kind and direction for all groups that changed in this tick,
        // so 300 groups going quiet at the start of the countdown make one line, not 300.
        foreach (var raised in active.Values.Where(a => a.GroupId is not null && !recorded.Contains(a.Key)).GroupBy(a => a.Action).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ids = raised.Select(a => a.GroupId!).Order(StringComparer.Ordinal).ToList();
            entries.Add(Entry(now, GroupText(raised.Key, raised.Select(a => a.GroupId!).ToList(), groupName), ids, null));
        }
        foreach (var cleared in recorded.Where(k => !active.ContainsKey(k) && k.StartsWith(AlertCodes.GroupPrefix, StringComparison.Ordinal)).GroupBy(ActionOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ids = cleared.Select(SubjectOf).Order(StringComparer.Ordinal).ToList();
            entries.Add(Entry(now, GroupText(AlertCodes.Cleared(cleared.Key), ids, groupName), ids, null));
        }
        return entries;
    }

    /// <summary>Records that the entries of <see cref="Changes"/> are on the timeline.</summary>
    public void Commit(HashSet<string> next)
    {
        recorded.Clear();
        recorded.UnionWith(next);
    }

    private static IEnumerable<Active> Current(IReadOnlyList<SkuInventory> skus, IReadOnlySet<string> silentGroups, IReadOnlyDictionary<string, string?> groupAlerts)
    {
        foreach (var s in skus)
        {
            // Oversold implies sold out; one alert says the worse.
            if (s.Oversold) yield return Sku(AlertCodes.SkuOversold, s, ("sold", s.Sold), ("stock", s.Stock));
            else if (s.SoldOut) yield return Sku(AlertCodes.SkuSoldOut, s, ("stock", s.Stock));
            else if (s.Low) yield return Sku(AlertCodes.SkuLow, s, ("remaining", s.Remaining));
        }
        foreach (var id in silentGroups) yield return Group(AlertCodes.Silent, id);
        foreach (var (id, alert) in groupAlerts)
            if (alert is not null && alert != RecordedByGroup) yield return Group(alert, id);
    }

    private static Active Sku(string code, SkuInventory s, params (string, object?)[] args)
    {
        var action = AlertCodes.SkuAction(code);
        return new($"{action}|{s.SkuId}", action, ServerText.Of(action, [("sku", s.Name), .. args]), null, s.SkuId);
    }

    private static Active Group(string code, string id)
    {
        var action = AlertCodes.GroupAction(code);
        return new($"{action}|{id}", action, null, id, null);
    }

    private static string ActionOf(string key) => key[..key.IndexOf('|')];

    private static string SubjectOf(string key) => key[(key.IndexOf('|') + 1)..];

    /// <summary>
    /// The groups as arguments: <c>groups</c> names the first <see cref="NamedGroups"/> (names are
    /// data, joined with "、" as the operators wrote them), <c>count</c> is how many there are, and
    /// <c>more</c> how many are not named.
    /// </summary>
    private ServerText GroupText(string action, IReadOnlyList<string> ids, Func<string, string> groupName)
    {
        var args = new List<(string, object?)>
        {
            ("groups", string.Join("、", ids.Take(NamedGroups).Select(groupName))),
            ("count", ids.Count),
            ("more", Math.Max(0, ids.Count - NamedGroups)),
        };
        if (action == AlertCodes.GroupAction(AlertCodes.Silent)) args.Add(("minutes", (int)(silenceWindow ?? LaunchBoard.SilenceWindow).TotalMinutes));
        return ServerText.Of(action, [.. args]);
    }

    private static TimelineEntry Entry(DateTimeOffset at, ServerText text, IReadOnlyList<string> groupIds, string? refId) => new()
    {
        At = at,
        Kind = TimelineKind.Alert,
        Actor = TimelineActors.System,
        Action = text.Code,
        Args = text.Args,
        GroupIds = groupIds,
        RefId = refId,
    };
}
