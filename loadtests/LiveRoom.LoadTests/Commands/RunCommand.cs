using System.CommandLine;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Report;
using LiveRoom.LoadTests.Run;
using LiveRoom.LoadTests.Server;
using Spectre.Console;

namespace LiveRoom.LoadTests.Commands;

/// <summary>
/// `run`: a whole launch against LiveRoom (given by --target, or started here) from the launch
/// model, with live progress, a report folder, thresholds and the truth check. Exit codes: see <see cref="Verdict"/>.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var options = new RunOptions();
        var command = new Command("run", "Simulate a launch (groups, members, 接龙, orders, chat) and check what LiveRoom shows (exit 0 pass, 1 usage, 2 threshold breach, 3 truth mismatch)");
        options.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            RunSettingsParsed settings;
            try
            {
                settings = options.Parse(parse);
            }
            catch (Exception e) when (e is ArgumentException or YamlDotNet.Core.YamlException or System.Text.Json.JsonException)
            {
                await Console.Error.WriteLineAsync($"run: {e.Message}");
                return Verdict.Usage;
            }
            if (settings.Plain || Console.IsOutputRedirected) AnsiConsole.Profile.Width = 180;
            var started = DateTimeOffset.UtcNow;
            var script = LaunchModel.Generate(settings.Model);
            PrintPlan(script);
            var folder = Path.Combine(settings.ResultsDir ?? DefaultResults(), $"run-{Safe(settings.Label)}-{started:yyyyMMdd-HHmmss}");
            ServerSession session;
            try
            {
                session = await options.Common.OpenAsync(parse, Path.Combine(folder, "server.log"), ct);
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync($"run: {e.Message}");
                return Verdict.Usage;
            }
            await using (session)
            {
                RunReport report;
                try
                {
                    report = await LaunchRun.RunAsync(session, settings, script, started, ct);
                }
                catch (LaunchExistsException e)
                {
                    await Console.Error.WriteLineAsync($"run: {e.Message}");
                    return Verdict.Usage;
                }
                await ReportFiles.WriteAsync(folder, report);
                PrintResult(report, folder);
                return report.ExitCode;
            }
        });
        return command;
    }

    private static string DefaultResults()
    {
        try
        {
            return ResultsFolder.Path;
        }
        catch (DirectoryNotFoundException)
        {
            return Path.Combine(Directory.GetCurrentDirectory(), "liveroom-results");
        }
    }

    private static string Safe(string label) => string.Concat(label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));

    private static void PrintPlan(LaunchScript script)
    {
        var o = script.Options;
        var kinds = string.Join(", ", script.CountByKind().OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value:N0}"));
        AnsiConsole.MarkupLine(Markup.Escape($"launch model: {o.Groups:N0} groups ({o.Members}), {script.Truth.Members:N0} members at the end, profile {o.Profile.Name}, {o.Duration.TotalSeconds:N0} s, seed {o.Seed}"));
        AnsiConsole.MarkupLine(Markup.Escape($"events: {script.Events.Length:N0} ({kinds}); mean {script.Events.Length / o.Duration.TotalSeconds:N0}/s"));
    }

    private static void PrintResult(RunReport report, string folder)
    {
        foreach (var t in ReportTables.Build(report).Skip(2))
        {
            var table = new Table().Title(Markup.Escape(t.Title));
            foreach (var h in t.Headers) table.AddColumn(Markup.Escape(h));
            foreach (var row in t.Rows) table.AddRow(row.Select(Markup.Escape).ToArray());
            AnsiConsole.Write(table);
        }
        foreach (var p in report.TruthProblems.Take(20)) AnsiConsole.MarkupLine($"[red]truth mismatch[/] {Markup.Escape(p)}");
        foreach (var b in report.Breaches) AnsiConsole.MarkupLine($"[yellow]threshold breached[/] {Markup.Escape(b)}");
        var colour = report.ExitCode == 0 ? "green" : "red";
        AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(ReportTables.VerdictLine(report))}[/]; report: [blue]{Markup.Escape(folder)}[/]");
    }
}
