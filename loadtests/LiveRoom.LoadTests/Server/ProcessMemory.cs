namespace LiveRoom.LoadTests.Server;

/// <summary>Resident memory of a local process from /proc (Linux), in bytes; null where unavailable.</summary>
public static class ProcessMemory
{
    public static long? Rss(int pid) => Read(pid, "VmRSS:");

    /// <summary>Peak resident memory since the process started.</summary>
    public static long? PeakRss(int pid) => Read(pid, "VmHWM:");

    private static long? Read(int pid, string field)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path)) return null;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
            var kb = line[field.Length..].Trim().Split(' ')[0];
            return long.Parse(kb) * 1024;
        }
        return null;
    }
}
