using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace LiveRoom.Testing;

/// <summary>
/// The one way a LiveRoom process is started: `dotnet LiveRoom.Web.dll` from its build output, on
/// free HTTP, silo and gateway ports, waited for until it answers. Used by the browser and cluster
/// tests and by the load tester, which owns the process to measure its CPU and memory.
/// </summary>
public sealed class LiveRoomProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly LiveRoomProcessOptions _options;
    private readonly StringBuilder _output = new();
    private readonly StreamWriter? _log;
    private readonly List<PosixSignalRegistration> _signals = [];
    private readonly EventHandler _onExit;

    private LiveRoomProcess(Process process, LiveRoomProcessOptions options, int port)
    {
        _process = process;
        _options = options;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        if (options.LogPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.LogPath))!);
            _log = new StreamWriter(options.LogPath) { AutoFlush = true };
        }
        // Ctrl+C, SIGTERM or the end of the test host may come before DisposeAsync: the server must
        // not outlive whoever started it (the handlers run first, the default termination then proceeds).
        _onExit = (_, _) => KillQuietly();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
            _signals.Add(PosixSignalRegistration.Create(signal, _ => KillQuietly()));
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseAddress { get; }

    /// <summary>http://127.0.0.1:{port}, without the trailing slash, to append paths to.</summary>
    public string BaseUrl => BaseAddress.ToString().TrimEnd('/');

    public int Port { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>Everything the server wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            if (_options.LogPath is null) lock (_output) return _output.ToString();
            using var reader = new StreamReader(new FileStream(_options.LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            return reader.ReadToEnd();
        }
    }

    /// <summary>Starts LiveRoom.Web and, unless told otherwise, waits until it is ready; <paramref name="ct"/> gives up (and kills it) early.</summary>
    public static async Task<LiveRoomProcess> StartAsync(LiveRoomProcessOptions? options = null, CancellationToken ct = default)
    {
        options ??= new LiveRoomProcessOptions();
        var dll = options.WebDll ?? RepoPaths.WebDll();
        if (!File.Exists(dll))
        {
            if (!options.BuildIfMissing) throw new FileNotFoundException($"Build LiveRoom.Web first; {dll} is missing.", dll);
            await BuildAsync(dll, ct);
        }

        var port = options.Port ?? FreePort.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.WorkingDirectory ?? Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = options.Environment;
        info.Environment["LiveRoom__Orleans__SiloPort"] = FreePort.Next().ToString();
        info.Environment["LiveRoom__Orleans__GatewayPort"] = FreePort.Next().ToString();
        foreach (var (name, value) in options.Settings)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var server = new LiveRoomProcess(process, options, port);
        // Drain both pipes: a full pipe would stall the server.
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (options.WaitUntilReady) await server.WaitUntilReadyAsync(ct);
        return server;
    }

    /// <summary>Whether the server answers its ready path now; throws when it has exited.</summary>
    public async Task<bool> IsReadyAsync()
    {
        if (_process.HasExited) throw new InvalidOperationException($"LiveRoom.Web exited with code {_process.ExitCode}:{Environment.NewLine}{Output}");
        try
        {
            using var probe = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
            using var response = await probe.GetAsync(new Uri(BaseAddress, _options.ReadyPath));
            return _options.IsReady(response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        try
        {
            await Wait.Until(IsReadyAsync, $"LiveRoom.Web on port {Port} to answer {_options.ReadyPath}", _options.StartTimeout).WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            throw;
        }
        catch (TimeoutException ex)
        {
            await KillAsync();
            throw new TimeoutException(ex.Message + Environment.NewLine + Output, ex);
        }
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
        using (var kill = Process.Start("kill", $"-TERM {_process.Id}")) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(Wait.Scaled(StopTimeout));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(Wait.Scaled(timeout));
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        if (_log is not null) lock (_log) _log.WriteLine(line);
        else lock (_output) _output.AppendLine(line);
    }

    private void KillQuietly()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or never started.
        }
    }

    /// <summary>Builds LiveRoom.Web in the configuration of the missing dll's bin folder.</summary>
    private static async Task BuildAsync(string dll, CancellationToken ct)
    {
        var configuration = new DirectoryInfo(Path.GetDirectoryName(dll)!).Parent?.Name ?? "Release";
        var project = Path.Combine(RepoPaths.WebProject(), "LiveRoom.Web.csproj");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", configuration, "--nologo", "-v", "q"]))!;
        await build.WaitForExitAsync(ct);
        if (build.ExitCode != 0) throw new InvalidOperationException($"Building {project} failed.");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        AppDomain.CurrentDomain.ProcessExit -= _onExit;
        foreach (var signal in _signals) signal.Dispose();
        _process.Dispose();
        if (_log is not null) lock (_log) _log.Dispose();
    }
}
