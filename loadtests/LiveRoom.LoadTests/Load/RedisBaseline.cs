using StackExchange.Redis;

namespace LiveRoom.LoadTests.Load;

/// <summary>
/// The write-per-event baseline (stage f, and the durable mode's 10× yardstick): the bench's event stream
/// (the mix of <see cref="EventWriter.MixedBatch"/>: 97 % page views, 2 % orders, 1 % chat, over the
/// same groups) written straight to Redis, one awaited command per event — the design LiveRoom's
/// batching replaces. N workers share one multiplexer, as N concurrent grains would.
/// </summary>
public static class RedisBaseline
{
    /// <summary>The Redis to use: --redis, else LIVEROOM_TEST_REDIS; null when neither is set.</summary>
    public static string? Configured(string? option) =>
        option ?? (Environment.GetEnvironmentVariable("LIVEROOM_TEST_REDIS") is { Length: > 0 } env ? env : null);

    /// <summary>
    /// The process id of the redis-server behind <paramref name="configuration"/> when it runs on this
    /// machine (INFO server's process_id, checked in /proc), so its CPU is counted as the benchmark's.
    /// </summary>
    public static async Task<int?> LocalPidAsync(string configuration)
    {
        try
        {
            var options = ConfigurationOptions.Parse(configuration);
            options.AllowAdmin = true;
            options.ConnectTimeout = 3_000;
            await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
            var info = await redis.GetServers()[0].InfoAsync("server");
            var pid = info.SelectMany(g => g).FirstOrDefault(kv => kv.Key == "process_id").Value;
            return int.TryParse(pid, out var p) && File.Exists($"/proc/{p}/stat")
                && File.ReadAllText($"/proc/{p}/stat").Contains("(redis-server)", StringComparison.Ordinal) ? p : null;
        }
        catch (RedisException)
        {
            return null;
        }
    }

    public static async Task<StageResult> RunAsync(string configuration, string runPrefix, EventWriter writer, int workers, TimeSpan duration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 3_000;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
        var db = redis.GetDatabase();
        var keys = Enumerable.Range(0, writer.Groups).Select(g => (RedisKey)$"liveroom-bench:{runPrefix}:g{g}").ToArray();
        var recorder = new LatencyRecorder();
        long events = 0, errors = 0, seq = 0;
        var stopAt = PostTarget.Now + (long)(duration.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        var started = PostTarget.Now;

        async Task Worker()
        {
            var histogram = recorder.NewWorker();
            while (PostTarget.Now < stopAt)
            {
                var n = Interlocked.Increment(ref seq);
                // The same kind for the same n as the batches of stage (c).
                RedisValue field = EventWriter.KindOf(n) switch { StreamKind.Order => "orders", StreamKind.Chat => "messages", _ => "pageViews" };
                var sent = PostTarget.Now;
                try
                {
                    await db.HashIncrementAsync(keys[writer.GroupIndex(n)], field);
                    Interlocked.Increment(ref events);
                }
                catch (RedisException)
                {
                    Interlocked.Increment(ref errors);
                }
                histogram.RecordValue(LatencyRecorder.Micros(sent, PostTarget.Now));
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Worker)));
        }
        finally
        {
            await db.KeyDeleteAsync(keys);
        }
        var seconds = LatencyRecorder.Micros(started, PostTarget.Now) / 1e6;
        return new StageResult("(f) Redis, one write per event", "closed", workers, seconds, events + errors, events, errors, 0, recorder.Summary());
    }
}
