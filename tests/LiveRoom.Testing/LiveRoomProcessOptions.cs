using System.Net;

namespace LiveRoom.Testing;

/// <summary>How <see cref="LiveRoomProcess"/> starts LiveRoom.Web: what each user (browser, cluster and web tests, the load tester) needs differently.</summary>
public sealed record LiveRoomProcessOptions
{
    /// <summary>The built LiveRoom.Web.dll; by default the one of the configuration the tests were built in.</summary>
    public string? WebDll { get; init; }

    /// <summary>ASPNETCORE_ENVIRONMENT.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>
    /// The content root; by default the dll's folder. The browser tests use <see cref="RepoPaths.WebProject"/>,
    /// as `dotnet run` does, so static web assets are served from the project in Development.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The HTTP port; by default a free one.</summary>
    public int? Port { get; init; }

    /// <summary>
    /// Settings as environment variables (<c>LiveRoom__Auth__Users__0__Name</c>); they override the
    /// launcher's defaults (free silo and gateway ports), and a null value removes one.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The path polled until the node answers as <see cref="IsReady"/> accepts.</summary>
    public string ReadyPath { get; init; } = "/health/ready";

    public Func<HttpStatusCode, bool> IsReady { get; init; } = status => (int)status is >= 200 and < 300;

    /// <summary>False for a node that is expected never to get ready (a misconfiguration test).</summary>
    public bool WaitUntilReady { get; init; } = true;

    /// <summary>How long start-up may take before the launch fails; scaled by <see cref="Wait.Scale"/>.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A file for the server's output (a long load run); by default it is kept in memory.</summary>
    public string? LogPath { get; init; }

    /// <summary>Builds LiveRoom.Web when the dll is missing (the load tester's `dotnet run` builds the tool alone).</summary>
    public bool BuildIfMissing { get; init; }
}
