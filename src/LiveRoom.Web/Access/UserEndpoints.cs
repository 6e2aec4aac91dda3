using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Access;

/// <summary>/api/users: the admin page's actions over HTTP (admins only).</summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").RequireAuthorization(Policies.Administer).DisableAntiforgery().WithTags("Users");

        api.MapGet("/", async (UserDirectory users) =>
            Results.Ok((await users.ListAsync()).Select(u => new { u.Name, u.Role, u.Disabled, u.CreatedAt, u.CreatedBy })));

        api.MapPost("/", async (HttpContext http, UserAdmin admin) =>
        {
            var (body, problem) = await ApiJson.ReadAsync<NewUser>(http.Request);
            if (problem is not null) return problem;
            var outcome = await admin.CreateAsync(Actor(http), body!.Name, body.Role, body.Password);
            if (!outcome.Errors.IsValid) return Results.ValidationProblem(outcome.Errors.ToDictionary());
            if (outcome.Conflict) return Results.Problem(statusCode: 409, title: "User exists", detail: $"There already is a user '{body.Name}'.");
            return Results.Created($"/api/users/{body.Name}", new { name = body.Name, role = body.Role });
        });

        api.MapPut("/{name}", async (string name, HttpContext http, UserAdmin admin) =>
        {
            var (body, problem) = await ApiJson.ReadAsync<UserUpdate>(http.Request);
            if (problem is not null) return problem;
            var outcome = await admin.ChangeAsync(Actor(http), name, body!.Role, body.NewPassword, body.Disabled);
            if (!outcome.Errors.IsValid) return Results.ValidationProblem(outcome.Errors.ToDictionary());
            if (outcome.NotFound) return Results.Problem(statusCode: 404, title: "Unknown user", detail: $"There is no user '{name}'.");
            return Results.Ok(new { name, role = outcome.User!.Role, disabled = outcome.User.Disabled });
        });

        api.MapGet("/security-log", async (SecurityAudit audit, int? limit) =>
            // Summaries in the reader's language (?culture= or the cookie, zh-CN by default), codes and args kept.
            Results.Ok((await audit.NewestAsync(Math.Clamp(limit ?? 200, 1, 1000))).Select(e => Timeline.TimelineExport.Row(e, Shared.UiCultures.IsEnglish))));

        return app;
    }

    public static string Actor(HttpContext http) => http.User.Identity?.Name ?? "?";

    public sealed record NewUser(string? Name, string? Role, string? Password);

    public sealed record UserUpdate(string? Role, string? NewPassword, bool? Disabled);
}
