namespace LiveRoom.Web.Dashboard;

public static class DashboardExtensions
{
    public static WebApplicationBuilder AddLiveRoomDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveRoomDashboard(this WebApplication app)
    {
        app.MapStaticAssets();
        return app;
    }
}
