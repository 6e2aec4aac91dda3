using System.Diagnostics;

namespace LiveRoom.LoadTests.Server;

/// <summary>
/// CPU spent during one stage by the server, by this tool, and by everything else on the machine
/// (from /proc). The machine is shared: when "others" is large the stage's throughput says more
/// about the neighbours than about LiveRoom, and server events per CPU-second is the fairer figure.
/// </summary>
public sealed class CpuWindow
{
    private const double Jiffy = 0.01; // USER_HZ is 100 on Linux
    private readonly int? _serverPid;
    private readonly int? _redisPid;
    private readonly double _server0;
    private readonly double _redis0;
    private readonly TimeSpan _tool0;
    private readonly double _busy0;
    private readonly long _wall0 = Stopwatch.GetTimestamp();

    /// <param name="redisPid">The local redis-server of the durable-mode stages: its CPU is part of the benchmark, not of the neighbours.</param>
    public CpuWindow(int? serverPid, int? redisPid = null)
    {
        _serverPid = serverPid;
        _redisPid = redisPid;
        _server0 = ProcessSeconds(serverPid);
        _redis0 = ProcessSeconds(redisPid);
        _tool0 = Process.GetCurrentProcess().TotalProcessorTime;
        _busy0 = MachineBusySeconds();
    }

    public CpuUse Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_wall0).TotalSeconds;
        var server = ProcessSeconds(_serverPid) - _server0;
        var redis = ProcessSeconds(_redisPid) - _redis0;
        var tool = (Process.GetCurrentProcess().TotalProcessorTime - _tool0).TotalSeconds;
        var busy = MachineBusySeconds() - _busy0;
        return new CpuUse(wall, _serverPid is null ? null : server, tool, Math.Max(0, busy - tool - server - redis), Environment.ProcessorCount)
        {
            RedisSeconds = _redisPid is null ? null : redis,
        };
    }

    private static double ProcessSeconds(int? process)
    {
        if (process is not { } pid || !File.Exists($"/proc/{pid}/stat")) return 0;
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) * Jiffy;
    }

    private static double MachineBusySeconds()
    {
        if (!File.Exists("/proc/stat")) return 0;
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // user nice system idle iowait irq softirq steal
        long busy = 0;
        foreach (var i in new[] { 1, 2, 3, 6, 7, 8 }) busy += long.Parse(cpu[i]);
        return busy * Jiffy;
    }
}

/// <summary>CPU-seconds used during a stage of <see cref="WallSeconds"/>; Others is every other process on the machine.</summary>
public sealed record CpuUse(double WallSeconds, double? ServerSeconds, double ToolSeconds, double OthersSeconds, int Cores)
{
    /// <summary>Share of the machine's capacity taken by processes outside this benchmark.</summary>
    public double OthersShare => OthersSeconds / (WallSeconds * Cores);

    /// <summary>CPU-seconds of the local redis-server the stage wrote to (bench stages with --redis), else null.</summary>
    public double? RedisSeconds { get; init; }
}
