using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LiveRoom.LoadTests.Tests;

/// <summary>
/// A fake LiveRoom for the exit-code tests only: it accepts the setup and every event like the real
/// API (except that its first order webhook fails with a 503, to be retried, and that the launch
/// <see cref="TakenLaunch"/> already exists: 409), but its snapshot reports one order more than
/// it was sent (and nothing else).
/// </summary>
public sealed class MisreportingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _orders;
    private int _orderPosts;

    private MisreportingServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public const string TakenLaunch = "taken";

    public static async Task<MisreportingServer> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var server = new MisreportingServer(app, new Uri($"http://127.0.0.1:{port}/"));
        var accepted = new { accepted = 1, duplicates = 0, rejected = Array.Empty<object>() };
        app.MapPost("/api/auth/login", () => Results.NoContent());
        app.MapPost("/api/launches", async (HttpRequest request) =>
        {
            using var body = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
            return body.RootElement.GetProperty("id").GetString() == TakenLaunch
                ? Results.Problem(statusCode: 409, title: "Launch exists")
                : Results.Json(new { keys = new { serverKey = "lrk_fake", beaconKey = "lrb_fake" } }, statusCode: 201);
        });
        app.MapPost("/api/launches/{id}/groups/import", () => Results.Ok(new { imported = 1 }));
        app.MapPost("/api/launches/{id}/events", async (HttpRequest request) =>
        {
            if (Interlocked.Increment(ref server._orderPosts) == 1) return Results.StatusCode(503);
            using var body = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
            if (body.RootElement.GetProperty("type").GetString() == "order") Interlocked.Increment(ref server._orders);
            return Results.Ok(accepted);
        });
        app.MapPost("/api/launches/{id}/events/batch", () => Results.Ok(accepted));
        app.MapPost("/api/launches/{id}/bot/events", () => Results.Ok(accepted));
        app.MapGet("/api/launches/{id}/snapshot", () => Results.Ok(new
        {
            totals = new { pageViews = 0, uniqueVisitors = 0, orders = server._orders + 1, gmv = 0, signups = 0, members = 0, messages = 0 },
            skus = Array.Empty<object>(),
            groups = Array.Empty<object>(),
        }));
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
