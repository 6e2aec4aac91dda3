using System.Diagnostics;

namespace LiveRoom.LoadTests.Load;

/// <summary>
/// Open model: requests are due at a fixed rate whatever the answers do, and latency is measured
/// from the time a request was due, not when it could finally be sent (no coordinated omission).
/// In-flight requests are capped only to keep a stalled server from exhausting the generator, and
/// scheduling stops at 1.5 × the duration: requests still due then are reported as never sent.
/// </summary>
public static class PacedLoop
{
    public static async Task<StageResult> RunAsync(string name, PostTarget target, double requestsPerSecond, int maxInFlight,
        int eventsPerRequest, BodyFactory body, TimeSpan duration, CancellationToken ct = default)
    {
        var recorder = new LatencyRecorder();
        var histogram = recorder.NewWorker();
        var histogramGate = new Lock();
        long events = 0, errors = 0, rejected = 0, requests = 0;
        using var slots = new SemaphoreSlim(maxInFlight);
        var inFlight = new List<Task>();
        var started = Stopwatch.GetTimestamp();
        var total = (long)(requestsPerSecond * duration.TotalSeconds);
        var interval = Stopwatch.Frequency / requestsPerSecond;

        async Task Send(long due, long seq)
        {
            var buffer = PostTarget.Rent(eventsPerRequest);
            try
            {
                var (length, count) = body(buffer, seq);
                var (ok, anyRejected) = await target.SendAsync(buffer, length);
                var micros = LatencyRecorder.Micros(due, Stopwatch.GetTimestamp());
                lock (histogramGate) histogram.RecordValue(micros);
                Interlocked.Increment(ref requests);
                if (ok) Interlocked.Add(ref events, count);
                else Interlocked.Increment(ref errors);
                if (ok && anyRejected) Interlocked.Increment(ref rejected);
            }
            finally
            {
                PostTarget.Return(buffer);
                slots.Release();
            }
        }

        var giveUpAt = started + (long)(duration.TotalSeconds * 1.5 * Stopwatch.Frequency);
        long unsent = 0;
        for (long k = 0; k < total && !ct.IsCancellationRequested; k++)
        {
            if (Stopwatch.GetTimestamp() > giveUpAt)
            {
                unsent = total - k;
                break;
            }
            var due = started + (long)(k * interval);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 1000) await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), ct);
            await slots.WaitAsync(ct);
            inFlight.Add(Send(due, k));
            if (inFlight.Count > 4096) inFlight.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(inFlight);
        var seconds = LatencyRecorder.Micros(started, Stopwatch.GetTimestamp()) / 1e6;
        return new StageResult(name, $"open {requestsPerSecond:0}/s", maxInFlight, seconds, requests, events, errors, rejected, recorder.Summary())
        {
            Unsent = unsent,
        };
    }
}
