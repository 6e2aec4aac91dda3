using System.Diagnostics;
using System.Net.Http.Json;
using System.Net;
using System.Text;

namespace LiveRoom.Cluster.Tests.Infrastructure;

/// <summary>
/// One LiveRoom process started from the built LiveRoom.Web.dll, in the durable mode on the given
/// Redis, with fast failure detection so a killed node is declared dead in seconds.
/// </summary>
public sealed class LiveRoomNode : IAsyncDisposable
{
    public const string User = "cluster-tester";
    public const string Password = "cluster-pass-1";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly CookieContainer _cookies = new();

    private LiveRoomNode(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, UseCookies = true })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }
    public HttpClient Http { get; }
    public int ProcessId => _process.Id;

    /// <summary>The login cookie, for clients that do not share the HttpClient (SignalR).</summary>
    public string CookieHeader => _cookies.GetCookieHeader(Address);
    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static string WebDll
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LiveRoom.sln"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("Cannot find the repository root from " + AppContext.BaseDirectory);
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            return Path.Combine(dir.FullName, "src", "LiveRoom.Web", "bin", configuration, "net10.0", "LiveRoom.Web.dll");
        }
    }

    public static Task<LiveRoomNode> StartAsync(string cluster, string? redis, string role = "All", IDictionary<string, string>? settings = null, bool waitUntilReady = true)
    {
        var port = Ports.Free();
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["LiveRoom__Role"] = role,
            ["LiveRoom__Orleans__SiloPort"] = Ports.Free().ToString(),
            ["LiveRoom__Orleans__GatewayPort"] = Ports.Free().ToString(),
            ["LiveRoom__Orleans__ClusterId"] = cluster,
            ["LiveRoom__Orleans__ServiceId"] = cluster,
            ["LiveRoom__Orleans__Membership__ProbeTimeout"] = "00:00:01",
            ["LiveRoom__Orleans__Membership__NumMissedProbesLimit"] = "2",
            ["LiveRoom__Orleans__Membership__NumVotesForDeathDeclaration"] = "1",
            ["LiveRoom__Orleans__Membership__TableRefreshTimeout"] = "00:00:02",
            ["LiveRoom__Demo__Enabled"] = "false",
            ["LiveRoom__Auth__Users__0__Name"] = User,
            ["LiveRoom__Auth__Users__0__Password"] = Password,
            ["LiveRoom__Pipeline__PersistInterval"] = "00:00:01",
            ["LiveRoom__Pipeline__TickInterval"] = "00:00:00.100",
            ["Logging__LogLevel__LiveRoom"] = "Debug",
        };
        if (redis is not null) env["LiveRoom__Redis"] = redis;
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) env[k] = v;
        return StartAsync(port, env, waitUntilReady);
    }

    private static async Task<LiveRoomNode> StartAsync(int port, Dictionary<string, string> env, bool waitUntilReady)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{WebDll}\" --urls http://127.0.0.1:{port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(WebDll)!,
        };
        foreach (var (k, v) in env) info.Environment[k] = v;
        var node = new LiveRoomNode(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}"));
        if (waitUntilReady)
        {
            try
            {
                await Wait.Until(node.IsReadyAsync, TimeSpan.FromSeconds(60), $"node on port {port} to be ready");
            }
            catch (TimeoutException ex)
            {
                await node.KillAsync();
                throw new TimeoutException(ex.Message + Environment.NewLine + node.Output, ex);
            }
        }
        return node;
    }

    public async Task<bool> IsReadyAsync()
    {
        if (_process.HasExited) throw new InvalidOperationException($"The node exited with code {_process.ExitCode}:{Environment.NewLine}{Output}");
        try
        {
            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            return (await probe.GetAsync(new Uri(Address, "/health/ready"))).IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async Task LoginAsync()
    {
        var response = await Http.PostAsJsonAsync("/api/auth/login", new { username = User, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>A client of its own, logged in as <paramref name="user"/>, for tests that need another role than the node's default user.</summary>
    public static async Task<HttpClient> LoginClientAsync(Uri address, string user, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    /// <summary>kill -9: no shutdown, no flush.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: a graceful shutdown that flushes the pipeline.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        Process.Start("kill", $"-TERM {_process.Id}")!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await KillAsync();
        _process.Dispose();
    }
}
