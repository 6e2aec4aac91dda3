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
        app.UsePostingLinkStatus();
        app.MapPostingEndpoints();
        return app;
    }
}
