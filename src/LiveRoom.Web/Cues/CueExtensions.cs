using LiveRoom.Web.Shared;

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
        app.UseTokenPageGate("/m/", async (services, token) =>
            (await services.GetRequiredService<MemberLinks>().ResolveAsync(token)).Outcome switch
            {
                MemberLinks.Outcome.Found => null,
                MemberLinks.Outcome.Revoked => (StatusCodes.Status410Gone, "cue.link_status.revoked"),
                _ => (StatusCodes.Status404NotFound, "cue.link_status.unknown"),
            });
        app.MapCueEndpoints();
        app.MapMemberEndpoints();
        app.MapMemberResync();
        return app;
    }
}
