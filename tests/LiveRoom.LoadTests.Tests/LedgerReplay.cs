using System.Text.Json;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Tests;

/// <summary>
/// Applies a run's wire requests, in sending order, with LiveRoom's own rules: its event parser and
/// reference check, then each group's <see cref="GroupLedger"/> (what the group grains run), and
/// returns a snapshot-shaped JSON for <see cref="Smoke.TruthCheck"/>. Pure logic, no server: it
/// shows what the generator's traffic means, chaos included. Only page views are counted here:
/// the ingest buffer, not a group, deduplicates them.
/// </summary>
public sealed class LedgerReplay(LaunchScript script, long startUnixMs)
{
    private readonly LaunchCatalog _catalog = new("replica", 1, script.Groups.Select(g => g.Id).ToHashSet(),
        script.Skus.Select(s => s.Id).ToHashSet(), IngestKeys.Generate());
    private readonly Dictionary<string, GroupLedger> _groups = script.Groups.ToDictionary(g => g.Id, g =>
        new GroupLedger(g.Id, new GroupState(), new GroupTraffic()) { Registration = new GroupRegistration { Id = g.Id, Name = g.Id, MemberCount = g.InitialMembers } });
    private readonly HashSet<string> _pageViewIds = [];
    private readonly HashSet<string> _visitors = [];
    private long _pageViews;

    /// <summary>Malformed requests the domain rules accepted (must stay 0).</summary>
    public int MalformedAccepted { get; private set; }

    public void Apply(IEnumerable<WireRequest> requests)
    {
        var json = new EventJson(script, startUnixMs);
        foreach (var r in requests)
        {
            if (r.Broken is { } broken)
            {
                // A forged signature is refused before the body is read; the rest must fail validation.
                if (broken != Malformation.BadSignature && Accepts(json.Malformed(r.Events[0], broken))) MalformedAccepted++;
                continue;
            }
            foreach (var e in Parse(json.Batch(r.Events))) ApplyOne(e);
        }
    }

    private IEnumerable<LaunchEvent> Parse(byte[] body)
    {
        using var doc = JsonDocument.Parse(body);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(startUnixMs) + script.Options.Duration;
        var list = new List<LaunchEvent>();
        foreach (var (element, i) in doc.RootElement.EnumerateArray().Select((e, i) => (e, i)))
        {
            var errors = new List<EventError>();
            var e = EventParser.Parse(element, i, now, errors) ?? throw new InvalidOperationException($"generator wrote an invalid event: {errors[0].Message}");
            if (_catalog.CheckReferences(e, i) is { } error) throw new InvalidOperationException(error.Message);
            list.Add(e);
        }
        return list;
    }

    private bool Accepts(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var errors = new List<EventError>();
            var now = DateTimeOffset.FromUnixTimeMilliseconds(startUnixMs) + script.Options.Duration;
            var e = EventParser.Parse(doc.RootElement, 0, now, errors);
            return e is not null && errors.Count == 0 && _catalog.CheckReferences(e, 0) is null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void ApplyOne(LaunchEvent e)
    {
        if (e.Kind != EventKind.PageView)
        {
            _groups[e.GroupId!].Apply(e);
            return;
        }
        if (!_pageViewIds.Add(e.Id)) return;
        _pageViews++;
        _visitors.Add(e.VisitorId!);
    }

    public JsonElement Snapshot()
    {
        var stats = _groups.ToDictionary(p => p.Key, p => p.Value.Stats());
        var sold = stats.Values.SelectMany(s => s.SoldBySku).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        return JsonSerializer.SerializeToElement(new
        {
            totals = new
            {
                pageViews = _pageViews,
                uniqueVisitors = _visitors.Count,
                orders = stats.Values.Sum(s => s.Orders),
                gmv = stats.Values.Sum(s => s.Gmv),
                signups = stats.Values.Sum(s => s.Signups),
                members = _groups.Values.Sum(g => g.Members),
                messages = stats.Values.Sum(s => s.Messages),
            },
            skus = script.Skus.Select(s => new { skuId = s.Id, sold = sold.GetValueOrDefault(s.Id), remaining = s.Stock - sold.GetValueOrDefault(s.Id) }),
            groups = script.Groups.Select(g => new
            {
                id = g.Id,
                orders = stats[g.Id].Orders,
                signups = stats[g.Id].Signups,
                members = _groups[g.Id].Members,
            }),
        });
    }
}
