using System.CommandLine;
using LiveRoom.LoadTests.Commands;

// Two commands: `bench` (the performance numbers of docs/benchmarks.md) and `smoke` (a short
// truth check for CI). Exit codes: 0 pass, 1 usage/setup error, 2 threshold breach, 3 truth mismatch.
var root = new RootCommand("LiveRoom load tester")
{
    BenchCommand.Create(),
    SmokeCommand.Create(),
    AnnounceBenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
