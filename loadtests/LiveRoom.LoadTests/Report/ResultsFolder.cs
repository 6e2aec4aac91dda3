namespace LiveRoom.LoadTests.Report;

/// <summary>loadtests/results in the repository: where bench and run write their reports and server logs by default.</summary>
public static class ResultsFolder
{
    public static string Path => System.IO.Path.Combine(RepoPaths.Root(), "loadtests", "results");
}
