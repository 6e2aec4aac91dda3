using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Shared;

/// <summary>
/// The API's problem answers as typed results. Validation problems stay <see cref="ProblemHttpResult"/>
/// (what <see cref="Results.ValidationProblem"/> makes) rather than <see cref="ValidationProblem"/>:
/// only the former goes through the problem details service, which adds the <c>traceId</c> clients see.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult UnknownLaunch(string launchId) =>
        TypedResults.Problem(statusCode: 404, title: "Unknown launch", detail: $"There is no launch '{launchId}'.");

    public static ProblemHttpResult Validation(IDictionary<string, string[]> errors, string? title = null, int? statusCode = null,
        IDictionary<string, object?>? extensions = null) =>
        (ProblemHttpResult)Results.ValidationProblem(errors, title: title, statusCode: statusCode, extensions: extensions);

    /// <summary>One field's problem; <paramref name="statusCode"/> when it is not a 400 (an unknown id named by the field is a 404).</summary>
    public static ProblemHttpResult Validation(string field, string message, int? statusCode = null) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] }, statusCode: statusCode);
}
