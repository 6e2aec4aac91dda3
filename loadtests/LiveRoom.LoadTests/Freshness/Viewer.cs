using System.Diagnostics;
using System.Net;
using HdrHistogram;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Load;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace LiveRoom.LoadTests.Freshness;

/// <summary>
/// One dashboard viewer on /hubs/launch. On every Update it reads the marker SKU's sold count and
/// records, for each marker that count newly covers, the time from the marker's send to now
/// (also handed to <paramref name="onSample"/>, e.g. a per-second timeline, as (now, µs)).
/// </summary>
public sealed class Viewer(Uri baseAddress, CookieContainer cookies, string launchId, MarkerClock markers, LongHistogram histogram,
    Action<long, long>? onSample = null) : IAsyncDisposable
{
    private HubConnection? _connection;
    private int _lastSold = -1;
    private long _updates;
    private long _reconnects;

    public long Updates => Interlocked.Read(ref _updates);

    /// <summary>Every group row (<c>Subscribe</c>), or only totals, SKUs and series (<c>SubscribeSummary</c>, docs/hub.md).</summary>
    public bool Rows { get; init; }

    public long Reconnects => Interlocked.Read(ref _reconnects);

    /// <summary>The highest marker this viewer has seen reflected.</summary>
    public int LastSold => Volatile.Read(ref _lastSold);

    public async Task StartAsync()
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "hubs/launch"), o =>
            {
                o.Cookies = cookies;
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .Build();
        _connection.ServerTimeout = TimeSpan.FromSeconds(60);
        // Bind only the SKUs: the JSON reader still walks the whole update, but skips the group rows
        // instead of building a document of them (50 viewers share the server's 2 cores).
        _connection.On<SkusOnly>("Update", OnUpdate);
        await _connection.StartAsync();
        var snapshot = await _connection.InvokeAsync<SkusOnly>(Rows ? "Subscribe" : "SubscribeSummary", launchId);
        _lastSold = MarkerSold(snapshot) ?? 0;
    }

    private void OnUpdate(SkusOnly update)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _updates);
        if (MarkerSold(update) is not { } sold || sold <= _lastSold) return;
        lock (histogram)
        {
            for (var k = _lastSold + 1; k <= sold; k++)
            {
                var sentAt = markers.SentAt(k);
                if (sentAt == 0) continue;
                var micros = LatencyRecorder.Micros(sentAt, now);
                histogram.RecordValue(micros);
                onSample?.Invoke(now, micros);
            }
        }
        _lastSold = sold;
    }

    /// <summary>
    /// Chaos: the connection drops (disposed without unsubscribing, as a network cut), and the
    /// viewer connects and subscribes again; the fresh snapshot tells it where the markers stand.
    /// Markers reflected while it was away are missing samples, not late ones.
    /// </summary>
    public async Task ReconnectAsync()
    {
        var old = _connection;
        _connection = null;
        if (old is not null) await old.DisposeAsync();
        Interlocked.Increment(ref _reconnects);
        await StartAsync();
    }

    private static int? MarkerSold(SkusOnly message) =>
        message.Skus?.FirstOrDefault(s => s.SkuId == LaunchPlan.MarkerSku)?.Sold;

    /// <summary>The part of a snapshot or update the probe reads.</summary>
    public sealed record SkusOnly(List<SkuSold>? Skus);

    public sealed record SkuSold(string SkuId, int Sold);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
