using LiveRoom.Domain.Shared;
using LiveRoom.Web.Shared;

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
                // In the reader's language (cookie or ?culture=, Chinese by default), like the page it stands for.
                var text = ServerText.Of(outcome == MemberLinks.Outcome.Revoked ? "cue.link_status.revoked" : "cue.link_status.unknown");
                await http.Response.WriteAsync(Ui.Render(text, null, UiCultures.IsEnglish));
                return;
            }
        }
        await next();
    });
}
