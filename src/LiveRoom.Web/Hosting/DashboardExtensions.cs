using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Hosting;

public static class DashboardExtensions
{
    public static WebApplicationBuilder AddLiveRoomDashboard(this WebApplicationBuilder builder)
    {
        // Pasted imports travel over the circuit: allow up to 2 MB (larger files use the upload, which streams).
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 2 * 1024 * 1024);
        builder.Services.AddSingleton<Ui>();
        builder.Services.Configure<Microsoft.AspNetCore.Builder.RequestLocalizationOptions>(UiCultures.Configure);
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveRoomDashboard(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
