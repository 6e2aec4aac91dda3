using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace LiveRoom.Web.Shared;

/// <summary>
/// The dashboard speaks Simplified Chinese unless the operator picked English. Only the cookie
/// (and an explicit ?culture=) decide: a browser's Accept-Language must not flip the default.
/// </summary>
public static class UiCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static void Configure(RequestLocalizationOptions o)
    {
        string[] supported = [Chinese, English];
        o.SetDefaultCulture(Chinese).AddSupportedCultures(supported).AddSupportedUICultures(supported);
        o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
    }

    /// <summary>
    /// GET /culture/{name}?back=/path sets the culture cookie and goes back. A full page load is
    /// needed anyway: a Blazor circuit keeps the culture of the request that opened it.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{name}", (string name, string? back, HttpContext http) =>
        {
            var culture = name == English ? English : Chinese;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(IsLocal(back) ? back! : "/");
        }).AllowAnonymous();
        return app;
    }

    private static bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");
}
