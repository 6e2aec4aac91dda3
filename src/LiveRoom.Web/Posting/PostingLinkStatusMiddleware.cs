using LiveRoom.Domain.Shared;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Posting;

/// <summary>
/// The posting page is a Blazor page, whose HTTP answer is always the app shell; this answers an
/// unknown link with 404 and a revoked or expired one with 410 before the shell is served, as the API does.
/// </summary>
public static class PostingLinkStatusMiddleware
{
    public static IApplicationBuilder UsePostingLinkStatus(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path.Value;
        if (HttpMethods.IsGet(http.Request.Method) && path is not null && path.StartsWith("/p/", StringComparison.Ordinal) && path.IndexOf('/', 3) < 0)
        {
            var (outcome, _) = await http.RequestServices.GetRequiredService<PostingLinks>().ResolveAsync(path[3..]);
            if (outcome != PostingLinks.Outcome.Found)
            {
                http.Response.StatusCode = outcome == PostingLinks.Outcome.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
                http.Response.ContentType = "text/plain; charset=utf-8";
                var text = ServerText.Of(outcome switch
                {
                    PostingLinks.Outcome.Revoked => "posting.link_status.revoked",
                    PostingLinks.Outcome.Expired => "posting.link_status.expired",
                    _ => "posting.link_status.unknown",
                });
                await http.Response.WriteAsync(Ui.Render(text, null, UiCultures.IsEnglish));
                return;
            }
        }
        await next();
    });
}
