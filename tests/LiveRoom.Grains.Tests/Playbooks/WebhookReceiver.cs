using System.Collections.Concurrent;
using System.Net;

namespace LiveRoom.Grains.Tests.Playbooks;

/// <summary>A real HTTP endpoint on a free loopback port that keeps every request it gets (notify steps post here).</summary>
public sealed class WebhookReceiver
{
    public const string Secret = "test-notify-secret";

    public static readonly WebhookReceiver Shared = new();

    private readonly HttpListener _listener = new();

    public sealed record Received(IReadOnlyDictionary<string, string?> Headers, byte[] Body, DateTimeOffset At);

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string Url { get; }

    private WebhookReceiver()
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Serve();
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            var ctx = await _listener.GetContextAsync();
            using var body = new MemoryStream();
            await ctx.Request.InputStream.CopyToAsync(body);
            var headers = ctx.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => ctx.Request.Headers[k], StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue(new Received(headers, body.ToArray(), DateTimeOffset.UtcNow));
            ctx.Response.StatusCode = 204;
            ctx.Response.Close();
        }
    }
}
