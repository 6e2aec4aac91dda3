using LiveRoom.Web.Access;
using Orleans.Dashboard;

namespace LiveRoom.Web.Hosting;

/// <summary>
/// The Orleans dashboard (grains, silos, call rates) at /orleans, for admins only. Every silo
/// collects its statistics (LiveRoom:Orleans:Dashboard, on by default); the pages are served by
/// nodes that are both silo and web (role All), behind the dashboard's cookie login.
/// </summary>
public static class OrleansDashboardExtensions
{
    public const string Path = "/orleans";

    public static ISiloBuilder AddLiveRoomOrleansDashboard(this ISiloBuilder silo, LiveRoomOptions options)
    {
        // The dashboard adds a grain call filter to profile every call: off switch for load tests.
        if (options.Orleans.Dashboard) silo.AddDashboard();
        return silo;
    }

    public static WebApplication MapLiveRoomOrleansDashboard(this WebApplication app, LiveRoomOptions options)
    {
        if (options.Orleans.Dashboard && options.Role == NodeRole.All)
            app.MapOrleansDashboard(routePrefix: Path).RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        return app;
    }
}
