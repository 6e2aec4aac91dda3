namespace LiveRoom.Web.Cues;

public static class CueExtensions
{
    public static WebApplicationBuilder AddLiveRoomCues(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MemberLinks>();
        builder.Services.AddScoped<LiveRoom.Web.Cues.OperatorGate>();
        if (builder.Configuration.GetValue<bool>($"{Demo.DemoOptions.Section}:Enabled"))
            builder.Services.AddHostedService<Demo.DemoCueResponder>();
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
