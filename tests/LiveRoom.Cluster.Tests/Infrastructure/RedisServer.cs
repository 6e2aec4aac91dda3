using System.Diagnostics;
using System.Net.Sockets;

namespace LiveRoom.Cluster.Tests.Infrastructure;

/// <summary>A private, throw-away redis-server on 127.0.0.1 (Debian's package; .ci/run installs it).</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    public string Connection => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort.Next());
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        var path = File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "redis-server";
        try
        {
            _process = Process.Start(new ProcessStartInfo(path, $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException("redis-server is needed for the cluster tests: apt-get install -y redis-server (bash .ci/run does it).", ex);
        }
        _process!.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        await Wait.Until(CanConnect, "redis-server to accept connections", TimeSpan.FromSeconds(10));
    }

    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    private async Task<bool> CanConnect()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
