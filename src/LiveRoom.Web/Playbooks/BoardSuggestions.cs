using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Shared;
using Microsoft.Extensions.Options;

namespace LiveRoom.Web.Playbooks;

/// <summary>
/// The board's one-click playbook cards, from what a board already holds (phase, SKUs, group rows,
/// the per-minute series): the dashboard computes them on every render from its model, the API
/// from a snapshot, so both show the same cards and neither costs extra grain calls.
/// </summary>
public sealed class BoardSuggestions(PlaybookCatalog catalog, IOptions<PlaybookOptions> options)
{
    public PageErrorRule PageErrorRule => options.Value.PageErrors;

    public IReadOnlyList<PlaybookSuggestion> For(LaunchPhase phase, IReadOnlyList<SkuInventory> skus, IReadOnlyCollection<GroupRow> rows,
        IReadOnlyDictionary<long, MinuteBucket> series, DateTimeOffset now)
    {
        var spikes = rows.Where(r => r.Alert == Domain.Launches.AlertCodes.NegativeSpike).Select(r => (r.Id, r.Name)).ToList();
        var signals = new BoardSignals(phase, skus, spikes,
            PlaybookSuggester.OrdersStalled(phase, series, UnixMinute.Of(now)),
            options.Value.PageErrors.Evaluate(phase, rows, series, now));
        return PlaybookSuggester.Suggest(catalog.Current.All, signals);
    }

    public IReadOnlyList<PlaybookSuggestion> For(LaunchSnapshot snapshot) =>
        For(snapshot.Phase, snapshot.Skus, snapshot.Groups, snapshot.Series.ToDictionary(p => p.Minute, p => p.Counts), snapshot.ServerTime);
}
