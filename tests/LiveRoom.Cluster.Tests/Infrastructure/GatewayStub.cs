using System.Collections.Concurrent;
using System.Net;

namespace LiveRoom.Cluster.Tests.Infrastructure;

/// <summary>
/// A real HTTP group-bot gateway on a free local port: answers 503 while <see cref="Down"/>, 200
/// after, and counts the posts it accepted by their Idempotency-Key (what reached the chats).
/// </summary>
public sealed class GatewayStub : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _accepted = new();
    private readonly Task _loop;
    private int _refused;

    public GatewayStub()
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }
    public volatile bool Down;
    public int Refused => _refused;
    public IReadOnlyDictionary<string, int> Accepted => new Dictionary<string, int>(_accepted);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            var key = ctx.Request.Headers["Idempotency-Key"] ?? "";
            if (Down)
            {
                Interlocked.Increment(ref _refused);
                ctx.Response.StatusCode = 503;
            }
            else
            {
                _accepted.AddOrUpdate(key, 1, (_, n) => n + 1);
                ctx.Response.StatusCode = 200;
            }
            ctx.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (ObjectDisposedException) { }
    }
}
