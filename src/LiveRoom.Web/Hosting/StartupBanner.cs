using LiveRoom.Web.Access;
using LiveRoom.Web.Demo;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace LiveRoom.Web.Hosting;

/// <summary>Tells a newcomer where to look and how to log in, and warns loudly when nothing is persisted.</summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    UserDirectory users,
    IOptions<LiveRoomOptions> liveRoom,
    IOptions<DemoOptions> demo) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintAsync());
        return Task.CompletedTask;
    }

    private async Task<bool> NeedsSetupAsync()
    {
        try
        {
            return await users.NeedsSetupAsync();
        }
        catch (Exception)
        {
            // The cluster may still be joining; a link that might be stale beats no way in.
            return true;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrintAsync()
    {
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5000";
        var lines = new List<string> { "", "==================== LiveRoom ====================", $"  Dashboard: {url}/" };
        if (demo.Value.Enabled) lines.Add($"  Demo board: {url}/launches/{demo.Value.LaunchId}");
        if (users.GeneratedLogin is { } login)
            lines.Add($"  Login: {login.Name} / {login.Password}   (generated for this run; set LiveRoom__Auth__Users__0__Name/Password to choose)");
        if (users.SetupToken is { } token && await NeedsSetupAsync())
            lines.Add($"  First run: create the first admin at {url}/setup?token={token}   (this link works until a user exists)");
        if (!liveRoom.Value.IsPersistent)
            lines.Add("  !! 数据未持久化 / NOT PERSISTED: embedded mode keeps everything in memory. Set LiveRoom__Redis for the durable mode.");
        lines.Add("==================================================");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
