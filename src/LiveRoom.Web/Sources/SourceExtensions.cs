namespace LiveRoom.Web.Sources;

public static class SourceExtensions
{
    public static WebApplicationBuilder AddLiveRoomSources(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SourceService>();
        return builder;
    }
}
