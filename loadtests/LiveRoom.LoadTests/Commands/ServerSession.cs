using System.Security.Cryptography;
using LiveRoom.LoadTests.Client;

namespace LiveRoom.LoadTests.Commands;

/// <summary>The LiveRoom a command talks to: one it starts itself (and can measure), or one given by --target.</summary>
public sealed class ServerSession : IAsyncDisposable
{
    private ServerSession(LiveRoomApi api, LiveRoomProcess? process)
    {
        Api = api;
        Process = process;
    }

    public LiveRoomApi Api { get; }
    public LiveRoomProcess? Process { get; }
    public Uri BaseAddress => Api.BaseAddress;

    public static async Task<ServerSession> OpenAsync(Uri? target, string? user, string? password, string? dll,
        IReadOnlyDictionary<string, string> serverEnv, string logPath, CancellationToken ct)
    {
        if (target is not null)
        {
            var remote = new LiveRoomApi(target);
            await remote.LoginAsync(user ?? "bench", password ?? throw new ArgumentException("--password is required with --target"), ct);
            return new ServerSession(remote, null);
        }
        // A login of its own, the demo off, in Production: the server measured is the one shipped.
        const string benchUser = "bench";
        var benchPassword = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var settings = new Dictionary<string, string?>
        {
            ["LiveRoom__Demo__Enabled"] = "false",
            ["LiveRoom__Auth__Users__0__Name"] = benchUser,
            ["LiveRoom__Auth__Users__0__Password"] = benchPassword,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in serverEnv) settings[name] = value;
        var process = await LiveRoomProcess.StartAsync(new LiveRoomProcessOptions
        {
            WebDll = dll ?? RepoPaths.WebDll("Release"),
            Environment = "Production",
            Settings = settings,
            // 401 means the app pipeline (and the silo before it) is up.
            ReadyPath = "/api/launches",
            IsReady = status => (int)status is 401 or 200,
            LogPath = logPath,
            BuildIfMissing = true,
        }, ct);
        var api = new LiveRoomApi(process.BaseAddress);
        await api.LoginAsync(benchUser, benchPassword, ct);
        return new ServerSession(api, process);
    }

    public async ValueTask DisposeAsync()
    {
        if (Process is not null) await Process.DisposeAsync();
    }
}
