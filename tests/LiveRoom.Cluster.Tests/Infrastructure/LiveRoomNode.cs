using System.Globalization;
using System.Net.Http.Json;
using System.Net;

namespace LiveRoom.Cluster.Tests.Infrastructure;

/// <summary>
/// One LiveRoom process (LiveRoom.Testing's <see cref="LiveRoomProcess"/>) in the durable mode on
/// the given Redis, with fast failure detection so a killed node is declared dead in seconds, and
/// an HTTP client that keeps the login cookie.
/// </summary>
public sealed class LiveRoomNode : IAsyncDisposable
{
    public const string User = "cluster-tester";
    public const string Password = "cluster-pass-1";

    private readonly LiveRoomProcess _process;
    private readonly CookieContainer _cookies = new();

    private LiveRoomNode(LiveRoomProcess process)
    {
        _process = process;
        Address = process.BaseAddress;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, UseCookies = true })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Uri Address { get; }
    public HttpClient Http { get; }
    public int ProcessId => _process.Pid;

    /// <summary>The login cookie, for clients that do not share the HttpClient (SignalR).</summary>
    /// <summary>How often a node writes traffic-only state: what a kill -9 may cost of page views.</summary>
    public static readonly TimeSpan PersistInterval = TimeSpan.FromSeconds(1);

    public string CookieHeader => _cookies.GetCookieHeader(Address);
    public bool HasExited => _process.HasExited;
    public string Output => _process.Output;

    /// <summary>
    /// Starts a node of <paramref name="cluster"/>; <paramref name="settings"/> (environment
    /// variables) override the defaults, e.g. fixed silo and gateway ports for a restart at the same address.
    /// </summary>
    public static async Task<LiveRoomNode> StartAsync(string cluster, string? redis, string role = "All", IDictionary<string, string>? settings = null, bool waitUntilReady = true)
    {
        var env = new Dictionary<string, string?>
        {
            ["LiveRoom__Role"] = role,
            ["LiveRoom__Orleans__ClusterId"] = cluster,
            ["LiveRoom__Orleans__ServiceId"] = cluster,
            ["LiveRoom__Orleans__Membership__ProbeTimeout"] = "00:00:01",
            ["LiveRoom__Orleans__Membership__NumMissedProbesLimit"] = "2",
            ["LiveRoom__Orleans__Membership__NumVotesForDeathDeclaration"] = "1",
            ["LiveRoom__Orleans__Membership__TableRefreshTimeout"] = "00:00:02",
            ["LiveRoom__Demo__Enabled"] = "false",
            ["LiveRoom__Auth__Users__0__Name"] = User,
            ["LiveRoom__Auth__Users__0__Password"] = Password,
            ["LiveRoom__Pipeline__PersistInterval"] = PersistInterval.ToString("c", CultureInfo.InvariantCulture),
            ["LiveRoom__Pipeline__TickInterval"] = "00:00:00.100",
            ["Logging__LogLevel__LiveRoom"] = "Debug",
        };
        if (redis is not null) env["LiveRoom__Redis"] = redis;
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) env[k] = v;
        var process = await LiveRoomProcess.StartAsync(new LiveRoomProcessOptions { Settings = env, WaitUntilReady = waitUntilReady });
        return new LiveRoomNode(process);
    }

    /// <summary>Whether /health/ready answers 2xx now; throws when the node has exited.</summary>
    public Task<bool> IsReadyAsync() => _process.IsReadyAsync();

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
    public Task KillAsync() => _process.KillAsync();

    /// <summary>SIGTERM: a graceful shutdown that flushes the pipeline.</summary>
    public Task StopAsync() => _process.StopAsync();

    public Task<int> WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync(timeout);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _process.DisposeAsync();
    }
}
