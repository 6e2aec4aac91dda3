namespace LiveRoom.Web.Cues;

public static class CueExtensions
{
    public static WebApplicationBuilder AddLiveRoomCues(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MemberLinks>();
        builder.Services.AddScoped<LiveRoom.Web.Components.Cues.OperatorGate>();
        return builder;
    }

    public static WebApplication MapLiveRoomCues(this WebApplication app)
    {
        app.UseMemberLinkStatus();
        app.MapCueEndpoints();
        app.MapMemberEndpoints();
        app.MapMemberResync();
        return app;
    }
}
