using System.CommandLine;
using LiveRoom.LoadTests.Commands;

namespace LiveRoom.LoadTests;

/// <summary>
/// The tool's commands: `run` (a launch from the launch model), `bench` (the performance numbers
/// of docs/benchmarks.md) `smoke` (a short truth check for CI) and `announce` (the broadcast benchmark). Exit codes: 0 pass, 1
/// usage/setup error, 2 threshold breach, 3 truth mismatch.
/// </summary>
public static class Cli
{
    public static RootCommand Create() => new("LiveRoom load tester")
    {
        RunCommand.Create(),
        BenchCommand.Create(),
        SmokeCommand.Create(),
        AnnounceBenchCommand.Create(),
    };
}
