using System.Collections.Concurrent;
using System.Diagnostics;
using LiveRoom.LoadTests.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LiveRoom.LoadTests.Announce;

/// <summary>
/// Stands in for group-bot gateways and WeCom robots: POST /r/{robot} answers WeCom's
/// {"errcode":0} at once and records the idempotency key and arrival time of each post.
/// </summary>
public sealed class RobotReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public sealed record Post(string Robot, string Key, TimeSpan At);

    private RobotReceiver(WebApplication app, string url) => (_app, Url) = (app, url);

    public string Url { get; }
    public ConcurrentQueue<Post> Posts { get; } = new();
    public ConcurrentDictionary<string, byte> Keys { get; } = new();
    public TimeSpan Now => _clock.Elapsed;

    public static async Task<RobotReceiver> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new RobotReceiver(app, $"http://127.0.0.1:{port}/r/");
        app.MapPost("/r/{robot}", async (string robot, HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            var key = request.Headers["Idempotency-Key"].ToString();
            receiver.Posts.Enqueue(new Post(robot, key, receiver.Now));
            receiver.Keys.TryAdd(key, 0);
            return Results.Text("""{"errcode":0,"errmsg":"ok"}""", "application/json");
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
