using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Load;

namespace LiveRoom.LoadTests.StatePerEvent;

/// <summary>
/// Bench stage (h): the state-per-event design measured on the bench's stream. The mixed batches
/// of stage (c) (1,000 events, 97 % page views, 2 % orders, 1 % chat over the same groups) come
/// from the same number of concurrent senders; each batch is split per group and every group grain
/// applies its events one by one, awaiting a Redis state write after each. No HTTP and no JSON,
/// which favours the baseline.
/// </summary>
public static class StatePerEventBaseline
{
    public const string Name = "(h) grain, state write per event";

    /// <param name="measured">Wraps the measured part (CPU accounting), not the silo's start or the warm-up.</param>
    public static async Task<StageResult> RunAsync(string redis, string run, EventWriter writer, int concurrency, TimeSpan warmup, TimeSpan duration,
        Func<Func<Task<StageResult>>, Task<StageResult>> measured)
    {
        await using var silo = await PerEventSilo.StartAsync(redis, $"liveroom-bench-{run}");
        var grains = Enumerable.Range(0, writer.Groups)
            .Select(g => silo.Grains.GetGrain<IPerEventGroupGrain>($"{run}/{LaunchPlan.GroupId(g)}"))
            .ToArray();
        // Activations, storage connections and JIT, as LiveRoom's own warm-up gives it.
        if (warmup > TimeSpan.Zero) await LoopAsync(grains, writer, concurrency, 0, warmup);
        return await measured(() => LoopAsync(grains, writer, concurrency, 1_000_000_000L, duration));
    }

    /// <summary>
    /// Event numbers <paramref name="first"/> … first + count − 1 of the stream, split by group
    /// index in stream order: what each group grain receives from one batch.
    /// </summary>
    public static Dictionary<int, List<PerEvent>> Split(EventWriter writer, long first, int count, long minute)
    {
        var parts = new Dictionary<int, List<PerEvent>>();
        for (var n = first; n < first + count; n++)
        {
            var group = writer.GroupIndex(n);
            if (!parts.TryGetValue(group, out var list)) parts[group] = list = [];
            list.Add(new PerEvent(n, EventWriter.KindOf(n), writer.Visitor(n), minute, EventWriter.OrderAmount));
        }
        return parts;
    }

    private static async Task<StageResult> LoopAsync(IPerEventGroupGrain[] grains, EventWriter writer, int concurrency, long first, TimeSpan duration)
    {
        const int batchSize = 1000;
        var recorder = new LatencyRecorder();
        long requests = 0, events = 0, writes = 0, errors = 0, seq = -1;
        var stopAt = PostTarget.Now + (long)(duration.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        var started = PostTarget.Now;

        async Task Worker()
        {
            var histogram = recorder.NewWorker();
            while (PostTarget.Now < stopAt)
            {
                var next = Interlocked.Increment(ref seq);
                var minute = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
                var parts = Split(writer, first + next * batchSize, batchSize, minute);
                var sent = PostTarget.Now;
                try
                {
                    var done = await Task.WhenAll(parts.Select(p => grains[p.Key].Apply([.. p.Value])));
                    Interlocked.Add(ref writes, done.Sum());
                    Interlocked.Add(ref events, batchSize);
                }
                catch (Exception e) when (e is OrleansException or TimeoutException or StackExchange.Redis.RedisException)
                {
                    Interlocked.Increment(ref errors);
                }
                histogram.RecordValue(LatencyRecorder.Micros(sent, PostTarget.Now));
                Interlocked.Increment(ref requests);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)));
        var seconds = LatencyRecorder.Micros(started, PostTarget.Now) / 1e6;
        return new StageResult(Name, "closed", concurrency, seconds, requests, events, errors, 0, recorder.Summary()) { StateWrites = writes };
    }
}
