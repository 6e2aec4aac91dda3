using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LiveRoom.LoadTests.Server;

/// <summary>
/// The yardstick for single-event POSTs: a minimal API in this process that binds the same JSON
/// event and answers a report of the same shape, with no validation, grains or auth. Whatever
/// LiveRoom costs above this is LiveRoom's own.
/// </summary>
public sealed class BareJsonEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareJsonEndpoint(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<BareJsonEndpoint> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var report = new BareReport(1, 0, []);
        app.MapPost("/events", (BareEvent e) => Results.Ok(e.Id is null ? report with { Accepted = 0 } : report));
        await app.StartAsync();
        return new BareJsonEndpoint(app, new Uri($"http://127.0.0.1:{port}/events"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record BareEvent(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("type")] string? Type,
        [property: JsonPropertyName("groupId")] string? GroupId,
        [property: JsonPropertyName("visitorId")] string? VisitorId);

    public sealed record BareReport(int Accepted, int Duplicates, IReadOnlyList<string> Rejected);
}
