using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace LiveRoom.Grains.Tests.Announcements;

/// <summary>
/// A real HTTP endpoint on a free local port standing in for a group-bot gateway or a WeCom robot.
/// <see cref="Respond"/> decides each answer from the request and how many times its idempotency
/// key was seen (1 = first attempt): a status code, and optionally a delay before answering.
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    public sealed record Hit(string Path, IReadOnlyDictionary<string, string?> Headers, byte[] Body, int Attempt, int Status, TimeSpan At)
    {
        public string Text => Encoding.UTF8.GetString(Body);
        public string? Key => Headers.GetValueOrDefault("Idempotency-Key");
    }

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly ConcurrentQueue<Hit> _hits = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _loop;

    public Func<Hit, (int Status, TimeSpan Delay, string? Body)> Respond { get; set; } = _ => (200, TimeSpan.Zero, null);

    public Receiver()
    {
        var port = FreePort.Next();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public IReadOnlyList<Hit> Hits => _hits.ToList();

    /// <summary>Requests that were answered 2xx, by idempotency key: what the gateway actually posted.</summary>
    public IReadOnlyDictionary<string, int> Accepted =>
        Hits.Where(h => h.Status is >= 200 and < 300 && h.Key is not null).GroupBy(h => h.Key!).ToDictionary(g => g.Key, g => g.Count());

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            _ = Task.Run(() => HandleAsync(ctx));
        }
    }

    private async Task HandleAsync(HttpListenerContext ctx)
    {
        using var ms = new MemoryStream();
        await ctx.Request.InputStream.CopyToAsync(ms);
        var headers = ctx.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => ctx.Request.Headers[k], StringComparer.OrdinalIgnoreCase);
        var key = headers.GetValueOrDefault("Idempotency-Key") ?? "";
        var attempt = _attempts.AddOrUpdate(key, 1, (_, n) => n + 1);
        var hit = new Hit(ctx.Request.Url!.AbsolutePath, headers, ms.ToArray(), attempt, 0, _clock.Elapsed);
        var (status, delay, body) = Respond(hit);
        if (delay > TimeSpan.Zero) await Task.Delay(delay);
        _hits.Enqueue(hit with { Status = status });
        try
        {
            ctx.Response.StatusCode = status;
            if (status == 429) ctx.Response.Headers["Retry-After"] = "0";
            var bytes = Encoding.UTF8.GetBytes(body ?? "{\"errcode\":0,\"errmsg\":\"ok\"}");
            ctx.Response.ContentType = "application/json";
            await ctx.Response.OutputStream.WriteAsync(bytes);
            ctx.Response.Close();
        }
        catch (Exception)
        {
            // The sender gave up (timeout) and closed the connection: that is the point of the test.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch { }
    }
}
