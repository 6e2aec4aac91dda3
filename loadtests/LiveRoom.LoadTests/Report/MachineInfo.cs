using System.Runtime.InteropServices;

namespace LiveRoom.LoadTests.Report;

/// <summary>What the numbers were measured on; absolute figures mean little without it.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Os, string Runtime, long MemoryBytes)
{
    public static MachineInfo Current()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
        return new MachineInfo(cpu, Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
            GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
    }
}
