using LiveRoom.Domain.Ingestion;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Ingestion;

/// <summary>
/// Ingestion endpoints (docs/http-api.md). Authenticated by the launch's ingestion key, not by
/// login: header <c>X-LiveRoom-Key</c>, or the <c>key</c> query parameter for the sale-page beacon,
/// which cannot set headers.
/// </summary>
public static class IngestionEndpoints
{
    public const string KeyHeader = "X-LiveRoom-Key";

    public static IEndpointRouteBuilder MapLiveRoomIngestion(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/launches/{launchId}").AllowAnonymous().DisableAntiforgery().WithTags("Ingestion");
        events.MapPost("/events", PostEvent).Produces<IngestReport>();
        events.MapPost("/events/batch", PostEventBatch).Produces<IngestReport>();
        // navigator.sendBeacon posts text/plain (no CORS preflight) and nobody reads the answer.
        events.MapPost("/beacon", PostBeacon).Produces<IngestReport>();
        // The group bot signs its body (HMAC, docs/http-api.md) instead of sending the key.
        events.MapPost("/bot/events", PostBotEvents).Produces<IngestReport>();
        return app;
    }

    // The handlers answer a plain IResult, not a Results<…> union: the union wraps every answer in
    // one more object, and POST …/events is the hot path. Produces<> above documents the answer instead.
    public static Task<IResult> PostEvent(string launchId, HttpContext http, IngestService ingest) =>
        Handle(launchId, http, ingest, batch: false, IngestLimits.MaxSingleBytes);

    public static Task<IResult> PostEventBatch(string launchId, HttpContext http, IngestService ingest) =>
        Handle(launchId, http, ingest, batch: true, IngestLimits.MaxBatchBytes);

    public static Task<IResult> PostBeacon(string launchId, HttpContext http, IngestService ingest) =>
        Handle(launchId, http, ingest, batch: true, IngestLimits.MaxBatchBytes);

    public static Task<IResult> PostBotEvents(string launchId, HttpContext http, IngestService ingest) =>
        Handle(launchId, http, ingest, batch: true, IngestLimits.MaxBatchBytes, signed: true);

    private static async Task<IResult> Handle(string launchId, HttpContext http, IngestService ingest, bool batch, int limit, bool signed = false)
    {
        using var body = await BodyReader.RentAsync(http.Request, limit);
        if (body is null)
            return TypedResults.Problem(statusCode: 413, title: "Request too large", detail: $"The body must be at most {limit} bytes.");

        var headers = http.Request.Headers;
        var key = headers[KeyHeader].FirstOrDefault() ?? http.Request.Query["key"].FirstOrDefault();
        // Ingestion reads the pooled body only until it returns (events copy what they keep).
        var outcome = signed
            ? await ingest.IngestSignedAsync(launchId, headers, body.Memory)
            : await ingest.IngestJsonAsync(launchId, key, body.Memory, batch);
        return outcome switch
        {
            IngestOutcome.UnknownLaunch u => ApiProblems.UnknownLaunch(u.LaunchId),
            IngestOutcome.BadKey when signed => BotSignature.Refused(),
            IngestOutcome.BadKey => TypedResults.Problem(statusCode: 401, title: "Invalid ingestion key",
                detail: $"Send the launch's ingestion key in the {KeyHeader} header (or the key query parameter for the beacon)."),
            IngestOutcome.TooLarge t => TypedResults.Problem(statusCode: 413, title: "Request too large", detail: t.Detail),
            IngestOutcome.Malformed m => TypedResults.Problem(statusCode: 400, title: "Malformed request", detail: m.Detail),
            IngestOutcome.Report { Accepted: 0, Rejected.Count: > 0 } r => Rejected(r, batch),
            IngestOutcome.Report r => TypedResults.Ok(new IngestReport(r.Accepted, r.Duplicates, r.Rejected.Select(RejectedEvent.From).ToList())),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>Nothing accepted: a 400 validation problem whose keys name the event and field.</summary>
    private static ProblemHttpResult Rejected(IngestOutcome.Report r, bool batch)
    {
        var errors = r.Rejected
            .GroupBy(e => batch ? $"[{e.Index}].{e.Field}" : e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return ApiProblems.Validation(errors,
            title: batch ? "No event of the batch was accepted" : "The event was rejected",
            extensions: new Dictionary<string, object?> { ["rejected"] = r.Rejected.Select(RejectedEvent.From).ToList() });
    }

    public sealed record IngestReport(int Accepted, int Duplicates, IReadOnlyList<RejectedEvent> Rejected);

    public sealed record RejectedEvent(int Index, string? EventId, string Field, string Message)
    {
        public static RejectedEvent From(EventError e) => new(e.Index, e.EventId, e.Field, e.Message);
    }
}
