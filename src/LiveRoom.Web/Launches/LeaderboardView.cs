using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Web.Launches;

/// <summary>
/// The leaderboard's order. Sorting thousands of rows on every tick would be the dashboard's
/// biggest cost, so the order is rebuilt only when the criteria change or, at most once per
/// <see cref="ResortEvery"/>, when rows changed. Between rebuilds rows keep their place but
/// always show their newest values (looked up by id at render time).
/// </summary>
public sealed class LeaderboardView
{
    public static readonly TimeSpan ResortEvery = TimeSpan.FromSeconds(2);

    private System.Collections.ObjectModel.ReadOnlyCollection<string> _ids = new([]);
    private bool _criteriaChanged = true;
    private int _builtAtVersion = -1;
    private DateTimeOffset _builtAt;

    public GroupSort Sort { get; private set; } = GroupSort.Orders;
    public bool Descending { get; private set; } = true;
    public GroupTier? Tier { get; private set; }
    public string Search { get; private set; } = "";
    public bool FlaggedOnly { get; private set; }

    /// <summary>Ids in display order (an ICollection, as &lt;Virtualize Items&gt; wants).</summary>
    public System.Collections.ObjectModel.ReadOnlyCollection<string> Ids => _ids;

    public void SortBy(GroupSort sort)
    {
        // A second click on the same column flips the direction, as in every spreadsheet.
        Descending = sort == Sort ? !Descending : sort != GroupSort.Name;
        Sort = sort;
        _criteriaChanged = true;
    }

    public void Filter(GroupTier? tier, string? search, bool flaggedOnly)
    {
        search = search?.Trim() ?? "";
        if (tier == Tier && search == Search && flaggedOnly == FlaggedOnly) return;
        Tier = tier;
        Search = search;
        FlaggedOnly = flaggedOnly;
        _criteriaChanged = true;
    }

    /// <summary>Rebuilds the order when due; true when it did.</summary>
    public bool Refresh(BoardModel model, DateTimeOffset now)
    {
        var stale = model.RowsVersion != _builtAtVersion && now - _builtAt >= ResortEvery;
        if (!_criteriaChanged && !stale) return false;
        IEnumerable<GroupRow> rows = model.Rows.Values;
        if (Tier is { } tier) rows = rows.Where(r => r.Tier == tier);
        if (FlaggedOnly) rows = rows.Where(r => r.Silent || r.Alert is not null);
        if (Search.Length > 0)
            rows = rows.Where(r => r.Name.Contains(Search, StringComparison.OrdinalIgnoreCase) || r.Id.Contains(Search, StringComparison.OrdinalIgnoreCase));
        var list = rows.ToList();
        list.Sort(Comparer());
        _ids = list.ConvertAll(r => r.Id).AsReadOnly();
        _criteriaChanged = false;
        _builtAtVersion = model.RowsVersion;
        _builtAt = now;
        return true;
    }

    private Comparison<GroupRow> Comparer()
    {
        Comparison<GroupRow> key = Sort switch
        {
            GroupSort.UniqueVisitors => (a, b) => a.UniqueVisitors.CompareTo(b.UniqueVisitors),
            GroupSort.PageViews => (a, b) => a.PageViews.CompareTo(b.PageViews),
            GroupSort.Gmv => (a, b) => a.Gmv.CompareTo(b.Gmv),
            GroupSort.Signups => (a, b) => a.Signups.CompareTo(b.Signups),
            GroupSort.Members => (a, b) => a.Members.CompareTo(b.Members),
            GroupSort.LastActivity => (a, b) => Nullable.Compare(a.LastActivityAt, b.LastActivityAt),
            GroupSort.Name => (a, b) => string.Compare(a.Name, b.Name, StringComparison.CurrentCulture),
            _ => (a, b) => a.Orders.CompareTo(b.Orders),
        };
        var sign = Descending ? -1 : 1;
        // Ties fall back to the id so equal rows do not swap places between rebuilds.
        return (a, b) =>
        {
            var c = sign * key(a, b);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        };
    }
}
