namespace LiveRoom.LoadTests.Server;

/// <summary>Finds the repository (the folder holding LiveRoom.sln) from wherever the tool runs.</summary>
public static class RepoPaths
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "LiveRoom.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("LiveRoom.sln not found above the current directory; pass --server-dll or --target.");
    }

    public static string WebDll() => Path.Combine(Root(), "src", "LiveRoom.Web", "bin", "Release", "net10.0", "LiveRoom.Web.dll");

    public static string ResultsDir() => Path.Combine(Root(), "loadtests", "results");
}
