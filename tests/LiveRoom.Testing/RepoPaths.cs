using System.Reflection;

namespace LiveRoom.Testing;

/// <summary>Finds the repository (the folder holding LiveRoom.sln) and LiveRoom.Web's build output from wherever the code runs.</summary>
public static class RepoPaths
{
    /// <summary>The configuration this assembly was built in; the tests start the LiveRoom.Web built alongside them.</summary>
    public static string BuildConfiguration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Debug";

    public static string Root()
    {
        // The current directory first: the load tester is run from the repository with `dotnet run`.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "LiveRoom.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"LiveRoom.sln not found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}.");
    }

    /// <summary>src/LiveRoom.Web: the content root `dotnet run` would use (static web assets in Development).</summary>
    public static string WebProject() => Path.Combine(Root(), "src", "LiveRoom.Web");

    public static string WebDll(string? configuration = null) =>
        Path.Combine(WebProject(), "bin", configuration ?? BuildConfiguration, "net10.0", "LiveRoom.Web.dll");
}
