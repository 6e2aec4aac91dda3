using System.Diagnostics;
using StackExchange.Redis;

namespace LiveRoom.LoadTests.Tests;

/// <summary>A throw-away redis-server on a free port (Debian's package; .ci/run installs it), killed on dispose.</summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConnectionMultiplexer _client;

    private PrivateRedis(Process process, ConnectionMultiplexer client, string connection) => (_process, _client, Connection) = (process, client, connection);

    public string Connection { get; }

    public static async Task<PrivateRedis> StartAsync()
    {
        var port = FreePort.Next();
        var process = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        { RedirectStandardOutput = true })!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var connection = $"127.0.0.1:{port}";
        var options = ConfigurationOptions.Parse(connection);
        options.AbortOnConnectFail = false; // it may take a moment to listen: the client retries
        options.AllowAdmin = true; // INFO commandstats
        var client = await ConnectionMultiplexer.ConnectAsync(options);
        await Wait.Until(() => client.IsConnected, connected => connected, $"redis-server on port {port} to accept the client");
        return new PrivateRedis(process, client, connection);
    }

    /// <summary>Commands Redis has executed so far (INFO commandstats, summed).</summary>
    public async Task<long> CommandCallsAsync()
    {
        var info = await _client.GetServers()[0].InfoAsync("commandstats");
        return info.SelectMany(g => g).Sum(kv => long.Parse(kv.Value.Split(',')[0].Split('=')[1]));
    }

    public async Task<List<string>> KeysAsync(string prefix) =>
        await _client.GetServers()[0].KeysAsync(pattern: $"{prefix}*").Select(k => k.ToString()).ToListAsync();

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
