using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LiveRoom.Web.Tests.Demo;

/// <summary>
/// The app with the demo on, as <c>dotnet run</c> starts it, except that T0 is 2 min 8 s away so
/// the first countdown notice (T−2m) is due a few seconds after start and tests need not wait.
/// </summary>
public sealed class DemoAppFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("LiveRoom:Orleans:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("LiveRoom:Orleans:GatewayPort", FreePort.Next().ToString());
        builder.UseSetting("LiveRoom:Demo:Enabled", "true");
        builder.UseSetting("LiveRoom:Demo:StartsIn", "00:02:08");
        builder.UseSetting("LiveRoom:Auth:Users:0:Name", LiveRoomAppFactory.User);
        builder.UseSetting("LiveRoom:Auth:Users:0:Password", LiveRoomAppFactory.Password);
    }
}
