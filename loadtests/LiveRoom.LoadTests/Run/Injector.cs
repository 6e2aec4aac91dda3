using System.Diagnostics;
using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Run;

/// <summary>
/// Sends the planned requests. Open model (default): each request goes at its due time whatever
/// the answers do, and latency counts from the due time — a slow server shows as latency, not as a
/// politely slower generator (no coordinated omission). In-flight requests are bounded per channel;
/// waiting for a free slot counts as latency too. Closed model: N connections each send their next due request
/// when the previous one is answered; latency is the service time, and a slow server slows the load.
/// </summary>
public static class Injector
{
    public static async Task RunAsync(IReadOnlyList<WireRequest> requests, Func<WireRequest, Task<Delivery>> send,
        InjectionOptions options, RunMetrics metrics, long startTimestamp, CancellationToken ct)
    {
        metrics.Total = requests.Count;
        foreach (var r in requests) metrics.Timeline.Plan(r.DueMs, r.Channel == Channel.Malformed ? 0 : r.Events.Length);
        if (options.Closed) await ClosedAsync(requests, send, options.Concurrency, metrics, startTimestamp, ct);
        else await OpenAsync(requests, send, options.Concurrency, metrics, startTimestamp, ct);
    }

    private static long Due(long start, long ms) => start + ms * Stopwatch.Frequency / 1000;

    private static async Task WaitUntil(long due, CancellationToken ct)
    {
        var wait = due - Stopwatch.GetTimestamp();
        if (wait > Stopwatch.Frequency / 1000) await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), ct);
    }

    /// <summary>
    /// One dispatcher and one in-flight cap per channel: the shop, the beacon collector and the
    /// bot are separate clients, so an order backlog must not hold page views back (nor the reverse).
    /// </summary>
    private static Task OpenAsync(IReadOnlyList<WireRequest> requests, Func<WireRequest, Task<Delivery>> send,
        int maxInFlight, RunMetrics metrics, long start, CancellationToken ct) =>
        Task.WhenAll(requests.GroupBy(r => r.Channel).Select(channel =>
            Task.Run(() => OpenChannelAsync(channel.ToList(), send, maxInFlight, metrics, start, ct), CancellationToken.None)));

    private static async Task OpenChannelAsync(List<WireRequest> requests, Func<WireRequest, Task<Delivery>> send,
        int maxInFlight, RunMetrics metrics, long start, CancellationToken ct)
    {
        using var slots = new SemaphoreSlim(maxInFlight);
        var inFlight = new List<Task>();
        async Task One(WireRequest r, long due)
        {
            try
            {
                metrics.Started();
                var delivery = await send(r);
                var now = Stopwatch.GetTimestamp();
                metrics.Answered(r, now, LatencyRecorder.Micros(due, now), delivery);
            }
            finally
            {
                slots.Release();
            }
        }

        for (var i = 0; i < requests.Count; i++)
        {
            try
            {
                var due = Due(start, requests[i].DueMs);
                await WaitUntil(due, ct);
                await slots.WaitAsync(ct);
                inFlight.Add(One(requests[i], due));
                if (inFlight.Count > 4096) inFlight.RemoveAll(t => t.IsCompleted);
            }
            catch (OperationCanceledException)
            {
                metrics.NotSent(requests.Count - i);
                break;
            }
        }
        await Task.WhenAll(inFlight);
    }

    private static async Task ClosedAsync(IReadOnlyList<WireRequest> requests, Func<WireRequest, Task<Delivery>> send,
        int connections, RunMetrics metrics, long start, CancellationToken ct)
    {
        var next = -1;
        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < requests.Count; i = Interlocked.Increment(ref next))
            {
                if (ct.IsCancellationRequested)
                {
                    metrics.NotSent(1);
                    continue;
                }
                try
                {
                    await WaitUntil(Due(start, requests[i].DueMs), ct);
                }
                catch (OperationCanceledException)
                {
                    metrics.NotSent(1);
                    continue;
                }
                var sent = Stopwatch.GetTimestamp();
                metrics.Started();
                var delivery = await send(requests[i]);
                var now = Stopwatch.GetTimestamp();
                metrics.Answered(requests[i], now, LatencyRecorder.Micros(sent, now), delivery);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(Worker)));
    }
}

/// <summary>Open (paced, default) or closed model; concurrency = in-flight cap (open) or connections (closed).</summary>
public sealed record InjectionOptions(bool Closed, int Concurrency);
