using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Launches;

/// <summary>
/// The launch-wide view: folds group reports and restocks into totals, inventory, series and
/// leaderboard rows, and produces the snapshot and the per-tick update. Plain class so it is
/// tested without a cluster; the launch grain owns one and calls it.
/// </summary>
/// <param name="rowInterval">
/// Group rows travel at most this often (totals, SKUs and series every tick). Under load every
/// group changes every tick, and the rows are what make an update big: 2,000 rows to each of 50
/// viewers 4 times a second is most of the push cost. Zero sends them every tick.
/// </param>
public sealed class LaunchBoard(LaunchBoardState state, TimeProvider clock, TimeSpan rowInterval = default)
{
    public static readonly TimeSpan SilenceWindow = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ForecastWindow = TimeSpan.FromMinutes(5);

    private readonly HashSet<string> _changedGroups = new(StringComparer.Ordinal);
    private readonly HashSet<string> _silent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SelloutForecaster> _forecasts = new(StringComparer.Ordinal);
    private bool _changed = true;
    private LaunchPhase? _lastPhase;
    private DateTimeOffset _lastRowsAt = DateTimeOffset.MinValue;

    public LaunchBoardState State => state;

    /// <summary>Groups quiet for <see cref="SilenceWindow"/> while the launch is on, as of the last update.</summary>
    public IReadOnlySet<string> SilentGroups => _silent;

    /// <summary>SKUs marked paused; owned by the launch's setup, shown with the inventory.</summary>
    public IReadOnlySet<string> PausedSkus { get; set; } = new HashSet<string>();

    /// <summary>True when something changed since the last update (reports, restocks, setup, phase).</summary>
    public bool HasChanges => _changed;

    /// <summary>
    /// Makes the next update carry every group and every minute: used when a subscriber may have
    /// missed earlier updates (a node's feed re-subscribing after a failover).
    /// </summary>
    public void MarkAllChanged(IEnumerable<string> groupIds)
    {
        _changedGroups.UnionWith(groupIds);
        state.Series.MarkAllChanged();
        _changed = true;
    }

    /// <summary>
    /// Update numbers must keep growing across activations, but the stored board may be older
    /// than the last update sent; starting from the clock (ms) keeps them ahead at ≤ 1,000 updates/s.
    /// </summary>
    public void ContinueSequenceFrom(DateTimeOffset now) => state.Seq = Math.Max(state.Seq, now.ToUnixTimeMilliseconds());

    public void Apply(GroupReport report)
    {
        var previous = state.Groups.GetValueOrDefault(report.GroupId);
        if (previous is null || report.Stats.Version > previous.Version)
        {
            state.Inventory.ReplaceGroupSold(previous?.SoldBySku, report.Stats.SoldBySku);
            state.Groups[report.GroupId] = report.Stats;
            state.Alerts[report.GroupId] = report.Alert;
            _changedGroups.Add(report.GroupId);
        }

        foreach (var point in report.SeriesDelta)
        {
            // Launch UV is counted below from the launch-wide visitor set, not summed over groups.
            var counts = point.Counts;
            counts.UniqueVisitors = 0;
            if (!counts.IsEmpty) state.Series.Add(point.Minute, counts);
        }

        foreach (var v in report.NewVisitors)
            if (state.Visitors.Add(v.Hash))
                state.Series.Add(v.Minute, new MinuteBucket { UniqueVisitors = 1 });

        _changed = true;
    }

    public bool Restock(LaunchEvent e)
    {
        if (!state.Inventory.Restock(e.Id, e.SkuId!, e.Quantity)) return false;
        _changed = true;
        return true;
    }

    public LaunchSnapshot Snapshot(LaunchDefinition launch, IReadOnlyDictionary<string, GroupRegistration> groups)
    {
        var now = clock.GetUtcNow();
        var phase = PhaseClock.PhaseAt(launch, now);
        RefreshSilence(groups.Keys, phase, now);
        return new LaunchSnapshot
        {
            Seq = state.Seq,
            ServerTime = now,
            Launch = new LaunchInfo(launch, groups.Count),
            Phase = phase,
            Totals = Totals(launch, groups),
            Skus = Inventory(launch, now, sample: false),
            Series = state.Series.Points(),
            Groups = groups.Values.Select(Row).ToList(),
        };
    }

    /// <summary>The update for this tick, or null when nothing changed since the previous one.</summary>
    public LaunchUpdate? NextUpdate(LaunchDefinition launch, IReadOnlyDictionary<string, GroupRegistration> groups, bool setupChanged)
    {
        var now = clock.GetUtcNow();
        var phase = PhaseClock.PhaseAt(launch, now);
        if (phase != _lastPhase) _changed = true;
        RefreshSilence(groups.Keys, phase, now);
        var skus = Inventory(launch, now, sample: true);
        var rowsDue = _changedGroups.Count > 0 && (now - _lastRowsAt >= rowInterval || setupChanged);
        if (!_changed && !setupChanged && !rowsDue) return null;

        _lastPhase = phase;
        _changed = false;
        state.Seq++;
        List<GroupRow> rows = [];
        if (rowsDue)
        {
            rows = _changedGroups.Where(groups.ContainsKey).Select(id => Row(groups[id])).ToList();
            _changedGroups.Clear();
            _lastRowsAt = now;
        }
        return new LaunchUpdate
        {
            LaunchId = launch.Id,
            Seq = state.Seq,
            ServerTime = now,
            Phase = phase,
            Totals = Totals(launch, groups),
            Skus = skus,
            Series = state.Series.TakeChanges(),
            Groups = rows,
            Launch = setupChanged ? new LaunchInfo(launch, groups.Count) : null,
        };
    }

    public GroupRow Row(GroupRegistration g)
    {
        var s = state.Groups.GetValueOrDefault(g.Id);
        return new GroupRow
        {
            Id = g.Id,
            Name = g.Name,
            Tier = g.Tier,
            Variant = g.Variant,
            PageViews = s?.PageViews ?? 0,
            UniqueVisitors = s?.UniqueVisitors ?? 0,
            Orders = s?.Orders ?? 0,
            Gmv = s?.Gmv ?? 0,
            Signups = s?.Signups ?? 0,
            Members = MembersOf(g),
            LastActivityAt = s?.LastActivityAt,
            Silent = _silent.Contains(g.Id),
            Alert = state.Alerts.GetValueOrDefault(g.Id),
            Mood = s?.Mood ?? Chat.MoodLevel.Calm,
            PageErrors = s?.PageErrors ?? 0,
            LastPageErrorAt = s?.LastPageErrorAt,
            LastPageError = s?.LastPageError,
        };
    }

    /// <summary>
    /// Registered + joins − leaves, from the current registration: the group grain only knows the
    /// member count it read when it activated, and groups without a report yet still have members.
    /// </summary>
    private int MembersOf(GroupRegistration g)
    {
        var s = state.Groups.GetValueOrDefault(g.Id);
        return Math.Max(0, g.MemberCount + (s?.Joins ?? 0) - (s?.Leaves ?? 0));
    }

    private LaunchTotals Totals(LaunchDefinition launch, IReadOnlyDictionary<string, GroupRegistration> groups)
    {
        long pv = 0, pageErrors = 0;
        int orders = 0, signups = 0, members = 0, joins = 0, leaves = 0, messages = 0, active = 0;
        decimal gmv = 0;
        foreach (var s in state.Groups.Values)
        {
            pv += s.PageViews;
            pageErrors += s.PageErrors;
            orders += s.Orders;
            gmv += s.Gmv;
            signups += s.Signups;
            joins += s.Joins;
            leaves += s.Leaves;
            messages += s.Messages;
            if (s.LastActivityAt is not null) active++;
        }
        foreach (var g in groups.Values) members += MembersOf(g);
        return new LaunchTotals
        {
            PageViews = pv,
            UniqueVisitors = state.Visitors.Count,
            Orders = orders,
            Gmv = gmv,
            Signups = signups,
            Members = members,
            Joins = joins,
            Leaves = leaves,
            Messages = messages,
            OrdersTarget = launch.Targets.Orders,
            GmvTarget = launch.Targets.Gmv,
            ActiveGroups = active,
            PageErrors = pageErrors,
        };
    }

    private List<SkuInventory> Inventory(LaunchDefinition launch, DateTimeOffset now, bool sample)
    {
        var views = new List<SkuInventory>(launch.Skus.Count);
        foreach (var sku in launch.Skus)
        {
            if (!_forecasts.TryGetValue(sku.Id, out var forecast))
                _forecasts[sku.Id] = forecast = new SelloutForecaster(ForecastWindow);
            if (sample) forecast.Sample(now, state.Inventory.Sold(sku.Id));
            var remaining = state.Inventory.Stock(sku) - state.Inventory.Sold(sku.Id);
            var view = state.Inventory.View(sku, forecast.MinutesToSellout(remaining));
            views.Add(PausedSkus.Contains(sku.Id) ? view with { Paused = true } : view);
        }
        return views;
    }

    private void RefreshSilence(IEnumerable<string> groupIds, LaunchPhase phase, DateTimeOffset now)
    {
        var watching = phase is LaunchPhase.Countdown or LaunchPhase.Live or LaunchPhase.Closing;
        foreach (var id in groupIds)
        {
            var last = state.Groups.GetValueOrDefault(id)?.LastActivityAt;
            // The Unattributed row is not a chat group: it has nobody to fall silent.
            var silent = watching && id != Sources.Unattributed.GroupId && (last is null || now - last > SilenceWindow);
            if (silent ? _silent.Add(id) : _silent.Remove(id))
            {
                _changedGroups.Add(id);
                _changed = true;
            }
        }
    }
}
