using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace LiveRoom.LoadTests.Server;

/// <summary>
/// A LiveRoom started by the tool from the built Release dll, on free HTTP and Orleans ports, with
/// the demo off and a login of its own. Owning the process is what lets the tool read its memory.
/// </summary>
public sealed class LiveRoomProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private LiveRoomProcess(Process process, StreamWriter log, Uri baseAddress, string user, string password)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        User = user;
        Password = password;
    }

    public Uri BaseAddress { get; }
    public string User { get; }
    public string Password { get; }
    public int Pid => _process.Id;

    public static async Task<LiveRoomProcess> StartAsync(string dll, string logPath, IReadOnlyDictionary<string, string> extraEnv, CancellationToken ct)
    {
        if (!File.Exists(dll)) await BuildAsync(ct);
        var port = FreePort.Next();
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["LiveRoom__Demo__Enabled"] = "false";
        info.Environment["LiveRoom__Auth__Users__0__Name"] = "bench";
        info.Environment["LiveRoom__Auth__Users__0__Password"] = password;
        info.Environment["LiveRoom__Orleans__SiloPort"] = FreePort.Next().ToString();
        info.Environment["LiveRoom__Orleans__GatewayPort"] = FreePort.Next().ToString();
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in extraEnv) info.Environment[k] = v;

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = info };
        // Drain both pipes: a full pipe would stall the server mid-benchmark.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.Start();
        // Ctrl+C or SIGTERM may end the tool before DisposeAsync runs: the server it started must
        // not outlive it (the signal handlers run first; the default termination then proceeds).
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillQuietly(process);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
            Signals.Add(PosixSignalRegistration.Create(signal, _ => KillQuietly(process)));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new LiveRoomProcess(process, log, new Uri($"http://127.0.0.1:{port}/"), "bench", password);
        await server.WaitReadyAsync(ct);
        return server;
    }

    // Kept referenced for the life of the tool (a collected registration stops handling).
    private static readonly List<PosixSignalRegistration> Signals = [];

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or never started.
        }
    }

    /// <summary>Builds the web host in Release when its dll is missing (CI runs `dotnet run` on the tool alone).</summary>
    private static async Task BuildAsync(CancellationToken ct)
    {
        var project = Path.Combine(RepoPaths.Root(), "src", "LiveRoom.Web", "LiveRoom.Web.csproj");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "q"]))!;
        await build.WaitForExitAsync(ct);
        if (build.ExitCode != 0) throw new InvalidOperationException($"Building {project} failed.");
    }

    private async Task WaitReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"LiveRoom exited with code {_process.ExitCode} during startup; see the server log.");
            try
            {
                using var response = await http.GetAsync("api/launches", ct);
                // 401 means the app pipeline (and the silo before it) is up.
                if ((int)response.StatusCode is 401 or 200) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException("LiveRoom did not answer within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
