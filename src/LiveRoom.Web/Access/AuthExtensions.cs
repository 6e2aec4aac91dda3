using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Domain.Access;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LiveRoom.Web.Access;

public static class AuthExtensions
{
    public static WebApplicationBuilder AddLiveRoomAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UserDirectory>();
        builder.Services.AddSingleton<SecurityAudit>();
        builder.Services.AddSingleton<UserAdmin>();
        builder.Services.AddScoped<PolicyGate>();
        builder.Services.AddSingleton(sp => new LoginThrottles(sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "liveroom.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                // APIs and the hub answer 401/403; only pages redirect to the login form.
                o.Events.OnRedirectToLogin = ctx => Deny(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = async ctx =>
                {
                    var user = ctx.HttpContext.User.Identity?.Name ?? "?";
                    await ctx.HttpContext.RequestServices.GetRequiredService<SecurityAudit>()
                        .RecordAsync(user, ServerText.Of(TimelineActions.AccessDenied, ("method", ctx.Request.Method), ("path", ctx.Request.Path.Value), ("from", ClientAddress(ctx.HttpContext))));
                    await Deny(ctx, StatusCodes.Status403Forbidden);
                };
                // A disabled user, or one whose role or password changed, loses every session at once.
                o.Events.OnValidatePrincipal = async ctx =>
                {
                    if (ctx.Principal is null || await ctx.HttpContext.RequestServices.GetRequiredService<UserDirectory>().IsCurrentAsync(ctx.Principal)) return;
                    ctx.RejectPrincipal();
                    await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                };
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

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static IEndpointRouteBuilder MapLiveRoomAuth(this IEndpointRouteBuilder app)
    {
        // The dashboard's login form (antiforgery-checked, as every form post is).
        app.MapPost("/account/login", LoginWithForm).AllowAnonymous();
        // Cast: a method taking only HttpContext would bind as a RequestDelegate and its result would never be written.
        app.MapPost("/account/logout", (Delegate)Logout).RequireAuthorization();
        // For programs (the load tester, the .NET hub client): JSON in, auth cookie out.
        app.MapPost("/api/auth/login", LoginForProgram).DisableAntiforgery().AllowAnonymous();
        // First-run setup (durable mode, no users yet): the holder of the printed token creates the first admin.
        app.MapPost("/account/setup", SetupFirstAdmin).AllowAnonymous();

        app.MapUserEndpoints();
        return app;
    }

    public static async Task<RedirectHttpResult> LoginWithForm(HttpContext http, [FromForm] LoginForm form)
    {
        var back = IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/";
        var (principal, retryAfter) = await TrySignInAsync(http, form.Username, form.Password);
        if (principal is null)
            return TypedResults.Redirect($"/login?failed={(retryAfter > TimeSpan.Zero ? 2 : 1)}&returnUrl={Uri.EscapeDataString(back)}");
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Redirect(back);
    }

    public static async Task<RedirectHttpResult> Logout(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect("/login");
    }

    /// <summary>A throttled login answers 429 with Retry-After, so a program can wait instead of retrying at once.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> LoginForProgram(HttpContext http, LoginRequest body)
    {
        var (principal, retryAfter) = await TrySignInAsync(http, body.Username, body.Password);
        if (retryAfter > TimeSpan.Zero)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: 429, title: "Too many failed logins", detail: $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} s.");
        }
        if (principal is null)
            return TypedResults.Problem(statusCode: 401, title: "Login failed", detail: "Unknown user or wrong password.");
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.NoContent();
    }

    public static async Task<RedirectHttpResult> SetupFirstAdmin(HttpContext http, UserDirectory users, SecurityAudit audit, [FromForm] SetupForm form)
    {
        var token = Uri.EscapeDataString(form.Token ?? "");
        if (!UserDirectory.IsValidName(form.Username) || form.Password is null || form.Password.Length < UserDirectory.MinPasswordLength)
            return TypedResults.Redirect($"/setup?token={token}&failed=invalid");
        if (!await users.SetupFirstAdminAsync(form.Token, form.Username!, form.Password))
        {
            await audit.RecordAsync(form.Username ?? "?", ServerText.Of(TimelineActions.SetupRefused, ("from", ClientAddress(http))));
            return TypedResults.Redirect($"/setup?token={token}&failed=refused");
        }
        await audit.RecordAsync(form.Username!, ServerText.Of(TimelineActions.SetupAdmin));
        var (principal, _) = await users.SignInAsync(form.Username, form.Password);
        if (principal is not null) await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Redirect("/admin/users");
    }

    /// <summary>Checks the throttle for the name and the address, then the password; records failures.</summary>
    private static async Task<(System.Security.Claims.ClaimsPrincipal? Principal, TimeSpan RetryAfter)> TrySignInAsync(HttpContext http, string? name, string? password)
    {
        var throttles = http.RequestServices.GetRequiredService<LoginThrottles>();
        var audit = http.RequestServices.GetRequiredService<SecurityAudit>();
        var address = ClientAddress(http);
        var userKey = name ?? "";
        // No address (in-process test hosts): only the per-user limit applies.
        var addressKey = http.Connection.RemoteIpAddress is null ? null : address;
        var wait = Max(throttles.ByUser.RetryAfter(userKey), addressKey is null ? TimeSpan.Zero : throttles.ByAddress.RetryAfter(addressKey));
        if (wait > TimeSpan.Zero)
        {
            await audit.RecordAsync(name ?? "?", ServerText.Of(TimelineActions.LoginThrottled, ("seconds", Math.Ceiling(wait.TotalSeconds)), ("from", address)));
            return (null, wait);
        }
        var (principal, refusal) = await http.RequestServices.GetRequiredService<UserDirectory>().SignInAsync(name, password);
        if (principal is not null)
        {
            throttles.ByUser.Succeeded(userKey);
            return (principal, TimeSpan.Zero);
        }
        throttles.ByUser.Failed(userKey);
        if (addressKey is not null) throttles.ByAddress.Failed(addressKey);
        await audit.RecordAsync(name ?? "?", ServerText.Of(TimelineActions.LoginFailed, ("refusal", refusal), ("from", address)));
        return (null, TimeSpan.Zero);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");

    public sealed record LoginForm(string? Username, string? Password, string? ReturnUrl);

    public sealed record LoginRequest(string? Username, string? Password);

    public sealed record SetupForm(string? Token, string? Username, string? Password);
}
