using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Wire;

/// <summary>
/// Turns a script into the requests of a run. Orders and refunds go one per request (the shop's
/// webhook); page views and bot events are collected per slice (e.g. 100 ms) and sent as batches
/// when the slice ends, as a beacon collector and a group bot do. Chaos is applied here, with its
/// own seeded random source: duplicates (same id, up to 2 s later), reordering (0.2–1 s later, so
/// later events overtake), delays (2–10 s), and malformed extras. It never touches the script, so
/// it cannot change the truth.
/// </summary>
public static class WirePlanner
{
    public const int MaxBatchEvents = 1000;

    /// <summary>Bot batches stay well under the 1 MB body limit (a long 接龙 post is ~10 KB).</summary>
    public const int MaxBotBytes = 512 * 1024;

    /// <param name="membershipAlone">Joins and leaves go one per request (as WeCom callbacks, `run --via platforms`), not in bot batches.</param>
    public static List<WireRequest> Plan(LaunchScript script, ChaosOptions chaos, int sliceMs, bool membershipAlone = false)
    {
        var random = new Random(Seeds.Mix(script.Options.Seed, -2, 0xc4a0));
        var sends = new List<(long SendAt, ModelEvent Event)>(script.Events.Length);
        var malformed = new List<WireRequest>();
        var malformations = Enum.GetValues<Malformation>();
        foreach (var e in script.Events)
        {
            var r = random.NextDouble() * 100;
            var sendAt = e.AtMs;
            if (r < chaos.Reorder) sendAt += 200 + random.Next(800);
            else if (r < chaos.Reorder + chaos.Delay) sendAt += 2_000 + random.Next(8_000);
            sends.Add((sendAt, e));
            if (random.NextDouble() * 100 < chaos.Duplicate) sends.Add((sendAt + 100 + random.Next(1_900), e));
            if (random.NextDouble() * 100 < chaos.Malformed)
                malformed.Add(new WireRequest(e.AtMs, Channel.Malformed, [e], malformations[random.Next(malformations.Length)]));
        }

        var requests = new List<WireRequest>(malformed);
        var beacon = new List<ModelEvent>();
        var bot = new List<ModelEvent>();
        var botBytes = 0;
        var slice = -1L;
        void Flush()
        {
            var due = (slice + 1) * sliceMs;
            foreach (var chunk in beacon.Chunk(MaxBatchEvents)) requests.Add(new WireRequest(due, Channel.Beacon, chunk));
            if (bot.Count > 0) requests.Add(new WireRequest(due, Channel.Bot, [.. bot]));
            beacon.Clear();
            bot.Clear();
            botBytes = 0;
        }

        foreach (var (sendAt, e) in sends.OrderBy(s => s.SendAt))
        {
            if (sendAt / sliceMs != slice)
            {
                Flush();
                slice = sendAt / sliceMs;
            }
            switch (e.Kind)
            {
                case ModelKind.Order or ModelKind.Refund:
                    requests.Add(new WireRequest(sendAt, Channel.Order, [e]));
                    break;
                case ModelKind.PageView:
                    beacon.Add(e);
                    break;
                case ModelKind.Join or ModelKind.Leave when membershipAlone:
                    requests.Add(new WireRequest(sendAt, Channel.Bot, [e]));
                    break;
                default:
                    var size = EstimatedBytes(script, e);
                    if (bot.Count == MaxBatchEvents || botBytes + size > MaxBotBytes)
                    {
                        requests.Add(new WireRequest((slice + 1) * sliceMs, Channel.Bot, [.. bot]));
                        bot.Clear();
                        botBytes = 0;
                    }
                    bot.Add(e);
                    botBytes += size;
                    break;
            }
        }
        Flush();
        return requests.OrderBy(r => r.DueMs).ToList();
    }

    /// <summary>UTF-8 bytes of an event, from above (CJK characters are 3 bytes).</summary>
    private static int EstimatedBytes(LaunchScript script, ModelEvent e)
    {
        if (e.Kind != ModelKind.ChainPost) return 300;
        var g = script.Groups[e.Group];
        var chars = g.ChainHeader.Length;
        for (var i = 0; i < e.Arg; i++) chars += g.ChainLines[i].Length + 1;
        return 200 + chars * 4;
    }
}
