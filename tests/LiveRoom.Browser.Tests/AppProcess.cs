using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using System.Reflection;
using System.Text;

namespace LiveRoom.Browser.Tests;

/// <summary>
/// The real LiveRoom.Web, started from its own build output as `dotnet LiveRoom.Web.dll` on free
/// ports (HTTP, silo, gateway), in Development so static web assets are served from the project.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string User = "browser-test";
    public const string Password = "browser-test-pw";
    public const string Handler = "browser-handler";
    public const string Admin = "browser-admin";

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>Starts the app; <paramref name="environment"/> adds settings, and a null value removes a default one.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?>? environment = null)
    {
        var projectDir = Path.Combine(RepoRoot(), "src", "LiveRoom.Web");
        var configuration = typeof(AppProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Debug";
        var dll = Path.Combine(projectDir, "bin", configuration, "net10.0", "LiveRoom.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build LiveRoom.Web first; {dll} is missing.");

        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var psi = new ProcessStartInfo("dotnet")
        {
            // Content root = the project folder, exactly as `dotnet run` does.
            WorkingDirectory = projectDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(baseUrl);
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["LiveRoom__Orleans__SiloPort"] = FreePort().ToString();
        psi.Environment["LiveRoom__Orleans__GatewayPort"] = FreePort().ToString();
        psi.Environment["LiveRoom__Auth__Users__0__Name"] = User;
        psi.Environment["LiveRoom__Auth__Users__0__Password"] = Password;
        psi.Environment["LiveRoom__Auth__Users__1__Name"] = Handler;
        psi.Environment["LiveRoom__Auth__Users__1__Password"] = Password;
        psi.Environment["LiveRoom__Auth__Users__1__Role"] = "CrisisHandler";
        psi.Environment["LiveRoom__Auth__Users__2__Name"] = Admin;
        psi.Environment["LiveRoom__Auth__Users__2__Password"] = Password;
        psi.Environment["LiveRoom__Auth__Users__2__Role"] = "Admin";
        psi.Environment["LiveRoom__Demo__Enabled"] = "true";
        psi.Environment["LiveRoom__Demo__StartsIn"] = "00:00:05";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) psi.Environment.Remove(name);
            else psi.Environment[name] = value;
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start dotnet.");
        var app = new AppProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        return app;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"LiveRoom.Web exited with {_process.ExitCode}:\n{Log}");
            try
            {
                var response = await http.GetAsync($"{BaseUrl}/login");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"LiveRoom.Web did not answer within {timeout}:\n{Log}");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LiveRoom.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("LiveRoom.sln not found above the test output.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
