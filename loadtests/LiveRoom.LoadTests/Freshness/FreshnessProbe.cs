using System.Net;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Load;

namespace LiveRoom.LoadTests.Freshness;

/// <summary>
/// Event-to-hub freshness: viewers subscribe, background traffic runs (paced), and marker orders
/// for the marker SKU are sent one by one as single events at a steady pace. Freshness is the time
/// from a marker's send to the first Update each viewer gets that reflects it.
/// </summary>
public sealed class FreshnessProbe(Uri baseAddress, CookieContainer cookies, string launchId, int viewers, int groups)
{
    /// <summary>Each freshness sample as (timestamp, µs), e.g. for a per-second timeline.</summary>
    public Action<long, long>? OnSample { get; init; }

    /// <summary>Chaos: the share (%) of viewers whose connection drops every 10 s; they reconnect and resubscribe.</summary>
    public double HubDropPercent { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>
    /// Retries of a marker that got no answer or a 5xx (same id, so a retry of an applied marker is a
    /// duplicate): through a node's failover the markers keep going, and their freshness counts from
    /// the first send, so the stall shows in the percentiles instead of ending the measurement.
    /// </summary>
    public int Retries { get; init; }

    public Func<int, TimeSpan> Backoff { get; init; } = _ => TimeSpan.FromMilliseconds(500);

    /// <summary>Viewers subscribe to every group row (<c>Subscribe</c>); otherwise to the summary stream (<c>SubscribeSummary</c>).</summary>
    public bool Rows { get; init; }

    /// <summary>Called with the group index of each marker order LiveRoom acknowledged (it belongs in the truth).</summary>
    public Action<int>? OnMarker { get; init; }

    /// <summary>Viewers currently connected (for a live view).</summary>
    public int Connected => _list.Count;

    private readonly List<Viewer> _list = [];

    public async Task<FreshnessResult> RunAsync(PostTarget markerTarget, Func<CancellationToken, Task<StageResult>> background,
        TimeSpan markerEvery, TimeSpan duration, string runPrefix)
    {
        var capacity = (int)(duration / markerEvery) + 16;
        var clock = new MarkerClock(capacity);
        var recorder = new LatencyRecorder();
        var list = new List<Viewer>();
        using var stop = new CancellationTokenSource();
        try
        {
            for (var i = 0; i < viewers; i++) list.Add(new Viewer(baseAddress, cookies, launchId, clock, recorder.NewWorker(), OnSample) { Rows = Rows });
            // Connect a few at a time: 50 simultaneous handshakes are a test of something else.
            foreach (var chunk in list.Chunk(10))
            {
                await Task.WhenAll(chunk.Select(v => v.StartAsync()));
                lock (_list) _list.AddRange(chunk);
            }

            var traffic = background(stop.Token);
            var drops = HubDropPercent > 0 ? DropConnectionsAsync(list, stop.Token) : Task.CompletedTask;
            var markerLatency = new LatencyRecorder();
            var sendHistogram = markerLatency.NewWorker();
            var buffer = new byte[1024];
            var started = DateTime.UtcNow;
            var sent = 0;
            long markerErrors = 0;
            while (DateTime.UtcNow - started < duration && sent < capacity)
            {
                var k = sent + 1;
                var length = System.Text.Encoding.UTF8.GetBytes(
                    $"{{\"id\":\"{runPrefix}-mk{k}\",\"type\":\"order\",\"groupId\":\"{LaunchPlan.GroupId(k % groups)}\",\"orderId\":\"{runPrefix}-mk{k}\",\"skuId\":\"{LaunchPlan.MarkerSku}\",\"quantity\":1,\"amount\":1,\"status\":\"paid\"}}", buffer);
                clock.Sent(k);
                var t0 = PostTarget.Now;
                var (ok, anyRejected) = await markerTarget.SendAsync(buffer, length);
                for (var attempt = 0; !ok && attempt < Retries; attempt++)
                {
                    await Task.Delay(Backoff(attempt));
                    (ok, anyRejected) = await markerTarget.SendAsync(buffer, length);
                }
                sendHistogram.RecordValue(LatencyRecorder.Micros(t0, PostTarget.Now));
                if (!ok || anyRejected)
                {
                    // The marker was not counted: the sold count would no longer match marker numbers.
                    markerErrors++;
                    break;
                }
                sent = k;
                OnMarker?.Invoke(k % groups);
                var next = started + markerEvery * sent;
                var wait = next - DateTime.UtcNow;
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
            }
            var trafficResult = await traffic;
            await stop.CancelAsync();
            await drops;
            // Read the histograms once every viewer saw the last marker (markers never seen within
            // the bound are missing samples, which the report shows).
            var settle = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (list.Any(v => v.LastSold < sent) && DateTime.UtcNow < settle) await Task.Delay(50);
            return new FreshnessResult(viewers, sent, markerErrors, recorder.Summary(), markerLatency.Summary(),
                list.Sum(v => v.Updates), trafficResult)
            {
                Reconnects = list.Sum(v => v.Reconnects),
                ViewersBehind = list.Count(v => v.LastSold < sent),
            };
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var v in list) await v.DisposeAsync();
        }
    }

    private async Task DropConnectionsAsync(List<Viewer> list, CancellationToken ct)
    {
        var random = new Random(Seed);
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
                var dropped = list.Where(_ => random.NextDouble() * 100 < HubDropPercent).ToList();
                await Task.WhenAll(dropped.Select(v => v.ReconnectAsync()));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

/// <summary>Freshness across all viewers × markers, the markers' own POST latency, and the background load.</summary>
public sealed record FreshnessResult(int Viewers, int Markers, long MarkerErrors, Latency Freshness, Latency MarkerPost, long UpdatesReceived, StageResult Background)
{
    /// <summary>Hub connections dropped by chaos (each one reconnected and resubscribed).</summary>
    public long Reconnects { get; init; }

    /// <summary>Viewers that had not shown the last acknowledged marker 10 s after it was sent: their board stopped.</summary>
    public int ViewersBehind { get; init; }

    /// <summary>Each viewer should see each marker once; fewer samples mean updates were missed.</summary>
    public long ExpectedSamples => (long)Viewers * Markers;
}
