namespace LiveRoom.Web.Cues;

/// <summary>
/// The member page is a Blazor page, whose HTTP answer is always the app shell; this answers an
/// unknown link with 404 and a revoked one with 410 before the shell is served, as the API does.
/// </summary>
public static class MemberLinkStatusMiddleware
{
    public static IApplicationBuilder UseMemberLinkStatus(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path.Value;
        if (HttpMethods.IsGet(http.Request.Method) && path is not null && path.StartsWith("/m/", StringComparison.Ordinal) && path.IndexOf('/', 3) < 0)
        {
            var (outcome, _) = await http.RequestServices.GetRequiredService<MemberLinks>().ResolveAsync(path[3..]);
            if (outcome != MemberLinks.Outcome.Found)
            {
                http.Response.StatusCode = outcome == MemberLinks.Outcome.Revoked ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(outcome == MemberLinks.Outcome.Revoked ? "链接已被撤销 / This link was revoked." : "链接无效 / Unknown link.");
                return;
            }
        }
        await next();
    });
}
