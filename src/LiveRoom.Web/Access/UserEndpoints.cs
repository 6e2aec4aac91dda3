using LiveRoom.Web.Timeline;
using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Access;

/// <summary>/api/users: the admin page's actions over HTTP (admins only).</summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").RequireAuthorization(Policies.Administer).DisableAntiforgery().WithTags("Users");

        api.MapGet("/", ListUsers);
        api.MapPost("/", CreateUser);
        api.MapPut("/{name}", ChangeUser);
        api.MapGet("/security-log", GetSecurityLog);

        return app;
    }

    /// <summary>Never the password hash.</summary>
    public static async Task<Ok<IEnumerable<UserRow>>> ListUsers(UserDirectory users) =>
        TypedResults.Ok((await users.ListAsync()).Select(u => new UserRow(u.Name, u.Role, u.Disabled, u.CreatedAt, u.CreatedBy)));

    public static async Task<Results<Created<UserCreated>, ProblemHttpResult>> CreateUser(HttpContext http, UserAdmin admin)
    {
        var (body, problem) = await ApiJson.ReadAsync<NewUser>(http.Request);
        if (problem is not null) return problem;
        var outcome = await admin.CreateAsync(Actor(http), body!.Name, body.Role, body.Password);
        if (!outcome.Errors.IsValid) return ApiProblems.Validation(outcome.Errors.ToDictionary());
        if (outcome.Conflict) return TypedResults.Problem(statusCode: 409, title: "User exists", detail: $"There already is a user '{body.Name}'.");
        return TypedResults.Created($"/api/users/{body.Name}", new UserCreated(body.Name, body.Role));
    }

    public static async Task<Results<Ok<UserChanged>, ProblemHttpResult>> ChangeUser(string name, HttpContext http, UserAdmin admin)
    {
        var (body, problem) = await ApiJson.ReadAsync<UserUpdate>(http.Request);
        if (problem is not null) return problem;
        var outcome = await admin.ChangeAsync(Actor(http), name, body!.Role, body.NewPassword, body.Disabled);
        if (!outcome.Errors.IsValid) return ApiProblems.Validation(outcome.Errors.ToDictionary());
        if (outcome.NotFound) return TypedResults.Problem(statusCode: 404, title: "Unknown user", detail: $"There is no user '{name}'.");
        return TypedResults.Ok(new UserChanged(name, outcome.User!.Role, outcome.User.Disabled));
    }

    /// <summary>Summaries in the reader's language (?culture= or the cookie, zh-CN by default); codes and args kept.</summary>
    public static async Task<Ok<object[]>> GetSecurityLog(SecurityAudit audit, int? limit) =>
        TypedResults.Ok((await audit.NewestAsync(Math.Clamp(limit ?? 200, 1, 1000))).Select(e => TimelineExport.Row(e, UiCultures.IsEnglish)).ToArray());

    public sealed record UserRow(string Name, string Role, bool Disabled, DateTimeOffset CreatedAt, string CreatedBy);

    public sealed record UserCreated(string? Name, string? Role);

    public sealed record UserChanged(string Name, string Role, bool Disabled);

    public static string Actor(HttpContext http) => http.User.Identity?.Name ?? "?";

    public sealed record NewUser(string? Name, string? Role, string? Password);

    public sealed record UserUpdate(string? Role, string? NewPassword, bool? Disabled);
}
