using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using LiveRoom.Web.Hosting;

namespace LiveRoom.Web.Shared;

/// <summary>
/// Reads a JSON body so that a wrong type names its field (RFC 7807 validation problem) instead
/// of the framework's generic 400, and so that size limits answer 413.
/// </summary>
public static class ApiJson
{
    public const int DefaultLimit = 256 * 1024;

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, int limit = DefaultLimit) where T : class
    {
        var body = await BodyReader.ReadAsync(request, limit);
        if (body is null)
            return (null, TypedResults.Problem(statusCode: 413, title: "Request too large", detail: $"The body must be at most {limit} bytes."));
        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Value.Span, JsonDefaults.Options);
            return value is null
                ? (null, TypedResults.Problem(statusCode: 400, title: "Malformed request", detail: "The body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "$" : ex.Path.TrimStart('$', '.');
            return (null, ApiProblems.Validation(
                new Dictionary<string, string[]> { [field] = [ex.InnerException?.Message ?? "has the wrong type or is not valid JSON"] },
                title: "Malformed request"));
        }
    }
}
