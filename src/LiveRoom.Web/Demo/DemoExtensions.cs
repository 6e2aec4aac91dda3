using LiveRoom.Web.Hosting;

namespace LiveRoom.Web.Demo;

public static class DemoExtensions
{
    public static WebApplicationBuilder AddLiveRoomDemo(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        if (builder.Configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled"))
        {
            builder.Services.AddHostedService<DemoSimulator>();
            builder.Services.AddHostedService<DemoStaffPoster>();
        }
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }
}
