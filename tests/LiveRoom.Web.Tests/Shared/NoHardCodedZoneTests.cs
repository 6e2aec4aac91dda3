namespace LiveRoom.Web.Tests.Shared;

/// <summary>
/// Every time shown for a launch is in the launch's own zone: no zone is written into the code
/// except the default for a new launch (Domain/Setup/TimeZones.cs) and the demo launch.
/// </summary>
public sealed class NoHardCodedZoneTests
{
    private static readonly string[] Extensions = [".cs", ".razor", ".js", ".json", ".css", ".cshtml"];

    private static readonly string[] Allowed =
    [
        Path.Combine("src", "LiveRoom.Domain", "Setup", "TimeZones.cs"),
        Path.Combine("src", "LiveRoom.Web", "Demo") + Path.DirectorySeparatorChar,
    ];

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("China Standard")]
    public void The_zone_is_written_only_in_the_default_and_the_demo(string zone)
    {
        var offenders = SourceFiles("src").Where(f => !IsAllowed(f) && Read(f).Contains(zone, StringComparison.Ordinal)).ToList();
        Assert.True(offenders.Count == 0, $"'{zone}' written outside TimeZones.Default and the demo: " + string.Join(", ", offenders));
    }

    /// <summary>The server's or the browser's zone is nobody's launch zone.</summary>
    [Theory]
    [InlineData("ToLocalTime")]
    [InlineData("TimeZoneInfo.Local")]
    [InlineData("DateTime.Now")]
    [InlineData("DateTimeOffset.Now")]
    [InlineData("datetimeUTC: false")]
    public void The_dashboard_never_shows_the_server_or_browser_zone(string call)
    {
        var offenders = SourceFiles(Path.Combine("src", "LiveRoom.Web")).Where(f => Read(f).Contains(call, StringComparison.Ordinal)).ToList();
        Assert.True(offenders.Count == 0, $"'{call}' in: " + string.Join(", ", offenders));
    }

    private static string Read(string relative) => File.ReadAllText(Path.Combine(RepoPaths.Root(), relative));

    private static bool IsAllowed(string relative) => Allowed.Any(a => relative.StartsWith(a, StringComparison.Ordinal));

    /// <summary>Source files relative to the repository root; build output and npm packages are not source.</summary>
    private static IEnumerable<string> SourceFiles(string under)
    {
        var root = RepoPaths.Root();
        return Directory.EnumerateFiles(Path.Combine(root, under), "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or "lib"));
    }

}
