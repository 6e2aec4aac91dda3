using System.Text.Json;
using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Tests;

/// <summary>
/// Applies a run's wire requests, in sending order, with LiveRoom's own domain rules (its event
/// parser, reference check, order book and 接龙 book; ids deduplicated as the grains do) and
/// returns a snapshot-shaped JSON for <see cref="Smoke.TruthCheck"/>. Pure logic, no server: it
/// shows what the generator's traffic means, chaos included.
/// </summary>
public sealed class DomainReplica(LaunchScript script, long startUnixMs)
{
    private readonly LaunchCatalog _catalog = new("replica", 1, script.Groups.Select(g => g.Id).ToHashSet(),
        script.Skus.Select(s => s.Id).ToHashSet(), IngestKeys.Generate());
    private readonly HashSet<string> _seen = [];
    private readonly HashSet<string> _visitors = [];
    private readonly Dictionary<string, OrderBook> _orders = [];
    private readonly Dictionary<string, ChainBook> _chains = [];
    private readonly Dictionary<string, int> _members = [];
    private long _pageViews;
    private int _messages;

    /// <summary>Malformed requests the domain rules accepted (must stay 0).</summary>
    public int MalformedAccepted { get; private set; }

    public void Apply(IEnumerable<WireRequest> requests)
    {
        var json = new EventJson(script, startUnixMs);
        foreach (var g in script.Groups) _members[g.Id] = g.InitialMembers;
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
        var group = e.GroupId!;
        if (e.Kind == EventKind.Order)
        {
            if (!_orders.TryGetValue(group, out var book)) _orders[group] = book = new OrderBook();
            book.Apply(e);
            return;
        }
        if (!_seen.Add(e.Id)) return;
        switch (e.Kind)
        {
            case EventKind.PageView:
                _pageViews++;
                _visitors.Add(e.VisitorId!);
                break;
            case EventKind.MemberJoined:
                _members[group]++;
                break;
            case EventKind.MemberLeft:
                _members[group]--;
                break;
            case EventKind.ChatMessage:
                _messages++;
                if (ChainParser.Parse(e.Text) is { } post)
                {
                    if (!_chains.TryGetValue(group, out var chains)) _chains[group] = chains = new ChainBook();
                    chains.Apply(e.Id, e.At, post);
                }
                break;
        }
    }

    public JsonElement Snapshot()
    {
        var sold = _orders.Values.SelectMany(b => b.SoldBySku).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        return JsonSerializer.SerializeToElement(new
        {
            totals = new
            {
                pageViews = _pageViews,
                uniqueVisitors = _visitors.Count,
                orders = _orders.Values.Sum(b => b.Paid),
                gmv = _orders.Values.Sum(b => b.Gmv),
                signups = _chains.Values.Sum(c => c.Signups),
                members = _members.Values.Sum(),
                messages = _messages,
            },
            skus = script.Skus.Select(s => new { skuId = s.Id, sold = sold.GetValueOrDefault(s.Id), remaining = s.Stock - sold.GetValueOrDefault(s.Id) }),
            groups = script.Groups.Select(g => new
            {
                id = g.Id,
                orders = _orders.GetValueOrDefault(g.Id)?.Paid ?? 0,
                signups = _chains.GetValueOrDefault(g.Id)?.Signups ?? 0,
                members = _members[g.Id],
            }),
        });
    }
}
