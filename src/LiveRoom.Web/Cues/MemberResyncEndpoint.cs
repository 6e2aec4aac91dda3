using System.Text.Json;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Shared;
using LiveRoom.Web.Ingestion;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Cues;

/// <summary>
/// The group bot's periodic full member list of one group (docs/http-api.md), signed like the bot's
/// events. Join and leave callbacks can be lost; this is how the drift becomes visible.
/// </summary>
public static class MemberResyncEndpoint
{
    public const int MaxBytes = 4 * 1024 * 1024;
    public const int MaxMembers = 100_000;

    public static IEndpointRouteBuilder MapMemberResync(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/launches/{launchId}/bot/members", ResyncMembers).AllowAnonymous().DisableAntiforgery().WithTags("Ingestion");
        return app;
    }

    public static async Task<Results<Ok<ResyncReport>, ProblemHttpResult>> ResyncMembers(string launchId, HttpContext http, CatalogCache catalogs, IGrainFactory grains, TimeProvider clock)
    {
        var body = await BodyReader.ReadAsync(http.Request, MaxBytes);
        if (body is null) return TypedResults.Problem(statusCode: 413, title: "Request too large", detail: $"The body must be at most {MaxBytes} bytes.");
        if (await catalogs.GetAsync(launchId) is not { } catalog)
            return ApiProblems.UnknownLaunch(launchId);
        if (!BotSignature.Verifies(catalog.Keys, http.Request.Headers, body.Value.Span, clock.GetUtcNow())) return BotSignature.Refused();

        var (request, errors) = Parse(body.Value.Span);
        if (request is null) return ApiProblems.Validation(errors, title: "The member list was rejected");
        if (!catalog.GroupIds.Contains(request.GroupId) && (await catalogs.RefreshOnMissAsync(launchId))?.GroupIds.Contains(request.GroupId) != true)
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["groupId"] = [$"launch '{launchId}' has no group '{request.GroupId}'"] }, title: "The member list was rejected");

        var members = request.MemberIds.Distinct(StringComparer.Ordinal).Count();
        var mismatch = await grains.GetGrain<IGroupGrain>(GroupKey.Of(launchId, request.GroupId)).ResyncMembers(members, request.At ?? clock.GetUtcNow(), request.MemberIds);
        return TypedResults.Ok(new ResyncReport(request.GroupId, members, mismatch));
    }

    public sealed record ResyncReport(string GroupId, int Members, int Mismatch);

    private sealed record Body(string GroupId, IReadOnlyList<string> MemberIds, DateTimeOffset? At);

    /// <summary>Reads by hand so each problem names its field.</summary>
    private static (Body? Body, Dictionary<string, string[]> Errors) Parse(ReadOnlySpan<byte> json)
    {
        var errors = new Dictionary<string, string[]>();
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json.ToArray()); }
        catch (JsonException e) { errors["$"] = [$"is not valid JSON: {e.Message}"]; return (null, errors); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { errors["$"] = ["must be an object with groupId and memberIds"]; return (null, errors); }
            string? groupId = null;
            List<string>? members = null;
            DateTimeOffset? at = null;
            if (!root.TryGetProperty("groupId", out var g) || g.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(g.GetString()))
                errors["groupId"] = ["is required (a string)"];
            else groupId = g.GetString();
            if (!root.TryGetProperty("memberIds", out var m) || m.ValueKind != JsonValueKind.Array)
                errors["memberIds"] = ["is required (an array of member ids)"];
            else if (m.GetArrayLength() > MaxMembers)
                errors["memberIds"] = [$"must have at most {MaxMembers} entries"];
            else
            {
                members = [];
                var i = 0;
                foreach (var e in m.EnumerateArray())
                {
                    if (e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())) { errors[$"memberIds[{i}]"] = ["must be a non-empty string"]; break; }
                    members.Add(e.GetString()!);
                    i++;
                }
            }
            if (root.TryGetProperty("at", out var a))
            {
                if (a.ValueKind == JsonValueKind.String && a.TryGetDateTimeOffset(out var when)) at = when;
                else errors["at"] = ["must be an ISO 8601 time with an offset"];
            }
            return errors.Count > 0 ? (null, errors) : (new Body(groupId!, members!, at), errors);
        }
    }
}
