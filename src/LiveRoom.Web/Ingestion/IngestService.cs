using System.Diagnostics;
using System.Text.Json;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Hosting;
using LiveRoom.Grains.Ingestion;

namespace LiveRoom.Web.Ingestion;

/// <summary>
/// Validates a request's events against the launch's catalog and hands the good ones to the
/// cluster; bad ones are reported one by one and never take the good ones down with them.
/// Shared by the HTTP endpoints and the demo simulator.
/// </summary>
public sealed class IngestService(CatalogCache catalogs, IGrainFactory grains, TimeProvider clock)
{
    public Task<IngestOutcome> IngestJsonAsync(string launchId, string? key, ReadOnlyMemory<byte> json, bool batch) =>
        IngestJsonAsync(launchId, keys => keys.Authorize(key), json, batch);

    /// <summary>The signed group-bot webhook: authorised by the body's HMAC, not by a key in the request.</summary>
    public Task<IngestOutcome> IngestSignedAsync(string launchId, IHeaderDictionary headers, ReadOnlyMemory<byte> json) =>
        IngestJsonAsync(launchId,
            keys => BotSignature.Verifies(keys, headers, json.Span, clock.GetUtcNow()) ? IngestScope.GroupBot : null,
            json, batch: true);

    private async Task<IngestOutcome> IngestJsonAsync(string launchId, Func<IngestKeys, IngestScope?> authorize, ReadOnlyMemory<byte> json, bool batch)
    {
        var catalog = await catalogs.GetAsync(launchId);
        if (catalog is null) return new IngestOutcome.UnknownLaunch(launchId);
        var scope = authorize(catalog.Keys);
        if (scope is null) return new IngestOutcome.BadKey();

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return new IngestOutcome.Malformed($"The body is not valid JSON: {ex.Message}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (batch && root.ValueKind != JsonValueKind.Array)
                return new IngestOutcome.Malformed("A batch must be a JSON array of events.");
            if (batch && root.GetArrayLength() > IngestLimits.MaxBatchEvents)
                return new IngestOutcome.TooLarge($"A batch holds at most {IngestLimits.MaxBatchEvents} events; this one has {root.GetArrayLength()}.");

            var now = clock.GetUtcNow();
            var errors = new List<EventError>();
            var events = new List<(int, LaunchEvent)>(batch ? root.GetArrayLength() : 1);
            if (batch)
            {
                var index = 0;
                foreach (var element in root.EnumerateArray())
                {
                    if (EventParser.Parse(element, index, now, errors) is { } e) events.Add((index, e));
                    index++;
                }
            }
            else if (EventParser.Parse(root, 0, now, errors) is { } e)
            {
                events.Add((0, e));
            }
            return await SubmitAsync(catalog, scope.Value, events, errors);
        }
    }

    /// <summary>Submits already-parsed events (the demo simulator); the catalog checks still apply.</summary>
    public async Task<IngestOutcome> IngestAsync(string launchId, IReadOnlyList<LaunchEvent> events)
    {
        var catalog = await catalogs.GetAsync(launchId);
        if (catalog is null) return new IngestOutcome.UnknownLaunch(launchId);
        return await SubmitAsync(catalog, IngestScope.All, events.Select((e, i) => (i, e)).ToList(), []);
    }

    private async Task<IngestOutcome> SubmitAsync(LaunchCatalog catalog, IngestScope scope, IReadOnlyList<(int Index, LaunchEvent Event)> parsed, List<EventError> errors)
    {
        var started = Stopwatch.GetTimestamp();
        var accepted = new List<LaunchEvent>(parsed.Count);
        var refreshed = false;
        foreach (var (index, e) in parsed)
        {
            if (!scope.Allows(e.Kind))
            {
                errors.Add(new EventError(index, e.Id, "type", scope.Refusal()));
                continue;
            }
            var problem = catalog.CheckReferences(e, index);
            if (problem is not null && !refreshed)
            {
                // The group or SKU may have been registered a moment ago on another node.
                refreshed = true;
                catalog = await catalogs.RefreshOnMissAsync(catalog.LaunchId) ?? catalog;
                problem = catalog.CheckReferences(e, index);
            }
            if (problem is not null) errors.Add(problem);
            else accepted.Add(e);
        }

        var duplicates = accepted.Count == 0 ? 0 : await grains.GetGrain<IIngestWorker>(0).Ingest(catalog.LaunchId, accepted);
        errors.Sort((a, b) => a.Index.CompareTo(b.Index));
        LiveRoomMetrics.Ingested(accepted, duplicates, errors.Count, started);
        return new IngestOutcome.Report(accepted.Count, duplicates, errors);
    }
}
