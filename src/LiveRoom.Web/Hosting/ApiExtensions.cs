using LiveRoom.Web.Hosting;
using LiveRoom.Web.Launches;
using Scalar.AspNetCore;

namespace LiveRoom.Web.Hosting;

public static class ApiExtensions
{
    public static WebApplicationBuilder AddLiveRoomApi(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingletonTimeProvider();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => JsonDefaults.Apply(o.SerializerOptions));
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapLiveRoomApi(this WebApplication app)
    {
        app.MapLaunchEndpoints();
        app.MapOpenApi().RequireAuthorization();
        app.MapScalarApiReference().RequireAuthorization();
        return app;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
