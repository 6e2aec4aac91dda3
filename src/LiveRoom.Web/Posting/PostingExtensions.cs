using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Posting;

public static class PostingExtensions
{
    public static WebApplicationBuilder AddLiveRoomPosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PostingLinks>();
        return builder;
    }

    public static WebApplication MapLiveRoomPosting(this WebApplication app)
    {
        app.UseTokenPageGate("/p/", async (services, token) =>
            (await services.GetRequiredService<PostingLinks>().ResolveAsync(token)).Outcome switch
            {
                PostingLinks.Outcome.Found => null,
                PostingLinks.Outcome.Revoked => (StatusCodes.Status410Gone, "posting.link_status.revoked"),
                PostingLinks.Outcome.Expired => (StatusCodes.Status410Gone, "posting.link_status.expired"),
                _ => (StatusCodes.Status404NotFound, "posting.link_status.unknown"),
            });
        app.MapPostingEndpoints();
        return app;
    }
}
