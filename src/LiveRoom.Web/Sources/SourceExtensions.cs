using LiveRoom.Grains.Sources;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiveRoom.Web.Sources;

public static class SourceExtensions
{
    public static WebApplicationBuilder AddLiveRoomSources(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SourceService>();
        // The silo registers the same client; whichever comes first, the web node and its grains share one.
        builder.Services.TryAddSingleton<IWeComApi, WeComApiClient>();
        return builder;
    }
}
