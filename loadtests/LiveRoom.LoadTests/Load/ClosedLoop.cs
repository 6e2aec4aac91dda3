namespace LiveRoom.LoadTests.Load;

/// <summary>
/// Closed model: N workers, each sends its next request when the previous answer arrives, for a
/// fixed time. It finds the throughput ceiling; its latencies are service times under that load,
/// not what an open stream of clients would see (see <see cref="PacedLoop"/> for that).
/// </summary>
public static class ClosedLoop
{
    public static async Task<StageResult> RunAsync(string name, PostTarget target, int concurrency, int eventsPerRequest,
        BodyFactory body, TimeSpan duration, long maxRequests = long.MaxValue)
    {
        var recorder = new LatencyRecorder();
        long requests = 0, events = 0, errors = 0, rejected = 0, seq = 0;
        var stopAt = PostTarget.Now + (long)(duration.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        var started = PostTarget.Now;

        async Task Worker()
        {
            var histogram = recorder.NewWorker();
            var buffer = PostTarget.Rent(eventsPerRequest);
            try
            {
                while (PostTarget.Now < stopAt)
                {
                    var next = Interlocked.Increment(ref seq);
                    if (next > maxRequests) break;
                    var (length, count) = body(buffer, next);
                    var sent = PostTarget.Now;
                    var (ok, anyRejected) = await target.SendAsync(buffer, length);
                    histogram.RecordValue(LatencyRecorder.Micros(sent, PostTarget.Now));
                    Interlocked.Increment(ref requests);
                    if (ok) Interlocked.Add(ref events, count);
                    else Interlocked.Increment(ref errors);
                    if (ok && anyRejected) Interlocked.Increment(ref rejected);
                }
            }
            finally
            {
                PostTarget.Return(buffer);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)));
        var seconds = LatencyRecorder.Micros(started, PostTarget.Now) / 1e6;
        return new StageResult(name, "closed", concurrency, seconds, requests, events, errors, rejected, recorder.Summary());
    }
}
