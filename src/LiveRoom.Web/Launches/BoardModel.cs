using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Web.Launches;

/// <summary>
/// One viewer's copy of a launch board: a snapshot with the per-tick updates folded in. Only the
/// render thread touches it (updates are queued and applied there), so it needs no locks.
/// </summary>
public sealed class BoardModel
{
    /// <summary>Minutes of series kept; charts show less, and a long launch must not grow the circuit.</summary>
    public const int MaxMinutes = 180;

    private readonly SortedDictionary<long, MinuteBucket> _series = [];
    private readonly Dictionary<string, GroupRow> _rows = new(StringComparer.Ordinal);

    private BoardModel(LaunchSnapshot s, DateTimeOffset receivedAt, BoardModel? previous)
    {
        // Versions keep counting across a re-snapshot, so charts and the leaderboard see a change.
        SeriesVersion = previous is null ? 0 : previous.SeriesVersion + 1;
        RowsVersion = previous is null ? 0 : previous.RowsVersion + 1;
        Seq = s.Seq;
        Launch = s.Launch;
        Phase = s.Phase;
        Totals = s.Totals;
        Skus = s.Skus;
        ClockOffset = s.ServerTime - receivedAt;
        foreach (var p in s.Series) _series[p.Minute] = p.Counts;
        foreach (var r in s.Groups) _rows[r.Id] = r;
        Trim();
    }

    /// <summary>A model from a snapshot; pass the model it replaces (setup changed) to keep versions moving forward.</summary>
    public static BoardModel From(LaunchSnapshot snapshot, DateTimeOffset receivedAt, BoardModel? previous = null) => new(snapshot, receivedAt, previous);

    public long Seq { get; private set; }
    public LaunchInfo Launch { get; private set; }
    public LaunchDefinition Definition => Launch.Definition;
    public LaunchPhase Phase { get; private set; }
    public LaunchTotals Totals { get; private set; }
    public IReadOnlyList<SkuInventory> Skus { get; private set; }

    /// <summary>Server clock minus this machine's clock, from the last message; the countdown uses it.</summary>
    public TimeSpan ClockOffset { get; private set; }

    /// <summary>Bumped whenever a series minute changes, so charts are pushed only when needed.</summary>
    public int SeriesVersion { get; private set; }

    /// <summary>Bumped whenever a group row changes, so the leaderboard re-sorts only when needed.</summary>
    public int RowsVersion { get; private set; }

    /// <summary>Set when an update says the setup changed: the viewer should take a new snapshot.</summary>
    public bool NeedsSnapshot { get; private set; }

    public IReadOnlyDictionary<string, GroupRow> Rows => _rows;

    /// <summary>
    /// Sums over every group row, recomputed only when rows changed. Members: the launch totals
    /// count only groups that reported, rows fall back to the registered size, so this matches
    /// what the leaderboard shows.
    /// </summary>
    public RowSummary Summary
    {
        get
        {
            if (_summaryVersion != RowsVersion)
            {
                int members = 0, silent = 0, alerts = 0;
                foreach (var r in _rows.Values)
                {
                    members += r.Members;
                    if (r.Silent) silent++;
                    if (r.Alert is not null) alerts++;
                }
                _summary = new RowSummary(members, silent, alerts);
                _summaryVersion = RowsVersion;
            }
            return _summary;
        }
    }

    private RowSummary _summary = new(0, 0, 0);
    private int _summaryVersion = -1;
    public IReadOnlyDictionary<long, MinuteBucket> Series => _series;

    /// <summary>The count of the newest minute, for "last minute" hints on the KPI tiles.</summary>
    public MinuteBucket LastMinute => _series.Count == 0 ? default : _series.Last().Value;

    /// <summary>Folds one update in; false when it is not newer than what is shown (the feed may race the snapshot).</summary>
    public bool Apply(LaunchUpdate u, DateTimeOffset receivedAt)
    {
        if (u.Seq <= Seq) return false;
        Seq = u.Seq;
        Phase = u.Phase;
        Totals = u.Totals;
        Skus = u.Skus;
        ClockOffset = u.ServerTime - receivedAt;
        if (u.Launch is not null)
        {
            Launch = u.Launch;
            NeedsSnapshot = true;
        }
        if (u.Series.Count > 0)
        {
            foreach (var p in u.Series) _series[p.Minute] = p.Counts;
            Trim();
            SeriesVersion++;
        }
        if (u.Groups.Count > 0)
        {
            foreach (var r in u.Groups) _rows[r.Id] = r;
            RowsVersion++;
        }
        return true;
    }

    private void Trim()
    {
        if (_series.Count == 0) return;
        var oldest = _series.Keys.Last() - MaxMinutes;
        while (_series.Count > 0 && _series.Keys.First() < oldest) _series.Remove(_series.Keys.First());
    }
}
