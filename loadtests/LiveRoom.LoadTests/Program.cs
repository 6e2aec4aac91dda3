using System.CommandLine;
using LiveRoom.LoadTests;

// No forced termination on Ctrl+C / SIGTERM: the cancelled run unwinds and stops the LiveRoom it started.
return await Cli.Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
