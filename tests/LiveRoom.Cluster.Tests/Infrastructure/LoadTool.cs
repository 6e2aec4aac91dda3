using System.Diagnostics;
using System.Text;

namespace LiveRoom.Cluster.Tests.Infrastructure;

/// <summary>The load tester (loadtests/LiveRoom.LoadTests), run as its own process from its build output.</summary>
public sealed class LoadTool : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LoadTool(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static LoadTool Start(params string[] args)
    {
        var dll = Path.Combine(RepoPaths.Root(), "loadtests", "LiveRoom.LoadTests", "bin", RepoPaths.BuildConfiguration, "net10.0", "LiveRoom.LoadTests.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the solution first: the load tester is missing.", dll);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        return new LoadTool(Process.Start(info)!);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
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
