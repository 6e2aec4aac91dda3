using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Server;

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
        var process = await LiveRoomProcess.StartAsync(dll ?? RepoPaths.WebDll(), logPath, serverEnv, ct);
        var api = new LiveRoomApi(process.BaseAddress);
        await api.LoginAsync(process.User, process.Password, ct);
        return new ServerSession(api, process);
    }

    public async ValueTask DisposeAsync()
    {
        if (Process is not null) await Process.DisposeAsync();
    }
}
