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
    public async Task<FreshnessResult> RunAsync(PostTarget markerTarget, Func<CancellationToken, Task<StageResult>> background,
        TimeSpan markerEvery, TimeSpan duration, string runPrefix)
    {
        var capacity = (int)(duration / markerEvery) + 16;
        var clock = new MarkerClock(capacity);
        var recorder = new LatencyRecorder();
        var list = new List<Viewer>();
        try
        {
            for (var i = 0; i < viewers; i++) list.Add(new Viewer(baseAddress, cookies, launchId, clock, recorder.NewWorker()));
            // Connect a few at a time: 50 simultaneous handshakes are a test of something else.
            foreach (var chunk in list.Chunk(10)) await Task.WhenAll(chunk.Select(v => v.StartAsync()));

            using var stop = new CancellationTokenSource();
            var traffic = background(stop.Token);
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
                sendHistogram.RecordValue(LatencyRecorder.Micros(t0, PostTarget.Now));
                if (!ok || anyRejected)
                {
                    // The marker was not counted: the sold count would no longer match marker numbers.
                    markerErrors++;
                    break;
                }
                sent = k;
                var next = started + markerEvery * sent;
                var wait = next - DateTime.UtcNow;
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
            }
            var trafficResult = await traffic;
            // Read the histograms once every viewer saw the last marker (markers never seen within
            // the bound are missing samples, which the report shows).
            var settle = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (list.Any(v => v.LastSold < sent) && DateTime.UtcNow < settle) await Task.Delay(50);
            return new FreshnessResult(viewers, sent, markerErrors, recorder.Summary(), markerLatency.Summary(),
                list.Sum(v => v.Updates), trafficResult);
        }
        finally
        {
            foreach (var v in list) await v.DisposeAsync();
        }
    }
}

/// <summary>Freshness across all viewers × markers, the markers' own POST latency, and the background load.</summary>
public sealed record FreshnessResult(int Viewers, int Markers, long MarkerErrors, Latency Freshness, Latency MarkerPost, long UpdatesReceived, StageResult Background)
{
    /// <summary>Each viewer should see each marker once; fewer samples mean updates were missed.</summary>
    public long ExpectedSamples => (long)Viewers * Markers;
}
