using LiveRoom.Web.Hosting;

namespace LiveRoom.Web.Launches;

public static class LiveExtensions
{
    public static WebApplicationBuilder AddLiveRoomLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 64 * 1024)
            .AddJsonProtocol(o => JsonDefaults.Apply(o.PayloadSerializerOptions));
        builder.Services.AddSingleton<LaunchFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LaunchFeed>());
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveRoomLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<LaunchHub>("/hubs/launch");
        return app;
    }
}
