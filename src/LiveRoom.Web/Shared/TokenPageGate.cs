using LiveRoom.Domain.Shared;

namespace LiveRoom.Web.Shared;

/// <summary>
/// A token page (a seeded member's /m/{token}, a staff member's /p/{token}) is a Blazor page, whose
/// HTTP answer is always the app shell; this answers a link that does not open (unknown 404,
/// revoked or expired 410) before the shell is served, as the page's API does, in the reader's
/// language (cookie or ?culture=, Chinese by default) like the page it stands for.
/// </summary>
public static class TokenPageGate
{
    /// <param name="prefix">The page's path up to the token, e.g. "/m/".</param>
    /// <param name="refusal">The status and text code for a token that does not open the page; null when it does.</param>
    public static IApplicationBuilder UseTokenPageGate(this IApplicationBuilder app, string prefix,
        Func<IServiceProvider, string, Task<(int Status, string Code)?>> refusal) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path.Value;
        if (HttpMethods.IsGet(http.Request.Method) && path is not null && path.StartsWith(prefix, StringComparison.Ordinal) && path.IndexOf('/', prefix.Length) < 0
            && await refusal(http.RequestServices, path[prefix.Length..]) is { } refused)
        {
            http.Response.StatusCode = refused.Status;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(Ui.Render(ServerText.Of(refused.Code), null, UiCultures.IsEnglish));
            return;
        }
        await next();
    });
}
