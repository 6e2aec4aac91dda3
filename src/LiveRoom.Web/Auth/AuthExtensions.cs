using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace LiveRoom.Web.Auth;

public static class AuthExtensions
{
    public static WebApplicationBuilder AddLiveRoomAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UserDirectory>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.Cookie.Name = "liveroom.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                // APIs and the hub answer 401/403; only pages redirect to the login form.
                o.Events.OnRedirectToLogin = ctx => Deny(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Deny(ctx, StatusCodes.Status403Forbidden);
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Operate, p => p.RequireRole(Roles.Operator, Roles.CrisisHandler, Roles.Admin))
            .AddPolicy(Policies.HandleCrisis, p => p.RequireRole(Roles.CrisisHandler, Roles.Admin))
            .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.Admin));
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/hubs"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static IEndpointRouteBuilder MapLiveRoomAuth(this IEndpointRouteBuilder app)
    {
        // The dashboard's login form (antiforgery-checked, as every form post is).
        app.MapPost("/account/login", async (HttpContext http, UserDirectory users, [FromForm] LoginForm form) =>
        {
            var principal = users.SignIn(form.Username, form.Password);
            var back = IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/";
            if (principal is null) return Results.Redirect($"/login?failed=1&returnUrl={Uri.EscapeDataString(back)}");
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.Redirect(back);
        });

        app.MapPost("/account/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        }).RequireAuthorization();

        // For programs (the load tester, the .NET hub client): JSON in, auth cookie out.
        app.MapPost("/api/auth/login", async (HttpContext http, UserDirectory users, LoginRequest body) =>
        {
            var principal = users.SignIn(body.Username, body.Password);
            if (principal is null)
                return Results.Problem(statusCode: 401, title: "Login failed", detail: "Unknown user or wrong password.");
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.NoContent();
        }).DisableAntiforgery();

        return app;
    }

    private static bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");

    public sealed record LoginForm(string? Username, string? Password, string? ReturnUrl);

    public sealed record LoginRequest(string? Username, string? Password);
}
