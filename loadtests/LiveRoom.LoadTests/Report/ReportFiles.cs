using System.Net;
using System.Text.Json;
using System.Text;
using LiveRoom.LoadTests.Run;

namespace LiveRoom.LoadTests.Report;

/// <summary>
/// Writes a run's folder: report.json (everything, per-second samples included), report.md (the
/// tables) and report.html (the tables and three inline-SVG charts; opens offline).
/// </summary>
public static class ReportFiles
{
    public static async Task WriteAsync(string folder, RunReport report)
    {
        Directory.CreateDirectory(folder);
        var tables = ReportTables.Build(report);
        await File.WriteAllTextAsync(Path.Combine(folder, "report.json"), JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        await File.WriteAllTextAsync(Path.Combine(folder, "report.md"), Markdown(report, tables));
        await File.WriteAllTextAsync(Path.Combine(folder, "report.html"), Html(report, tables));
    }

    private static string Markdown(RunReport r, List<ReportTables.Table> tables)
    {
        var md = new StringBuilder($"# LiveRoom load run — {r.Label}\n\n**{ReportTables.VerdictLine(r)}**\n\n");
        foreach (var t in tables)
        {
            md.Append($"## {t.Title}\n\n| {string.Join(" | ", t.Headers)} |\n|{string.Concat(t.Headers.Select(_ => "---|"))}\n");
            foreach (var row in t.Rows) md.Append($"| {string.Join(" | ", row.Select(c => c.Replace("|", "\\|")))} |\n");
            md.Append('\n');
        }
        md.Append("Per-second samples (rate, latency, freshness) are in report.json and charted in report.html.\n");
        return md.ToString();
    }

    private static string Html(RunReport r, List<ReportTables.Table> tables)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append($"<title>LiveRoom load run — {E(r.Label)}</title><style>body{{font-family:sans-serif;margin:24px;color:#222}}table{{border-collapse:collapse;margin:8px 0 20px}}td,th{{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:left}}th{{background:#f3f3f3}}.pass{{color:#080}}.fail{{color:#b00}}</style></head><body>");
        html.Append($"<h1>LiveRoom load run — {E(r.Label)}</h1><p class=\"{(r.ExitCode == 0 ? "pass" : "fail")}\"><b>{E(ReportTables.VerdictLine(r))}</b></p>");
        foreach (var chart in Charts(r.Timeline)) html.Append("<div>").Append(chart).Append("</div>");
        foreach (var t in tables)
        {
            html.Append($"<h2>{E(t.Title)}</h2><table><tr>{string.Concat(t.Headers.Select(h => $"<th>{E(h)}</th>"))}</tr>");
            foreach (var row in t.Rows) html.Append($"<tr>{string.Concat(row.Select(c => $"<td>{E(c)}</td>"))}</tr>");
            html.Append("</table>");
        }
        html.Append("</body></html>");
        return html.ToString();
    }

    private static IEnumerable<string> Charts(List<TimelinePoint> points)
    {
        if (points.Count == 0) yield break;
        yield return SvgChart.Lines("Events per second: planned vs acknowledged", "events/s",
        [
            new("planned", "#999", points.Select(p => (double?)p.Planned).ToList()),
            new("acknowledged", "#1f77b4", points.Select(p => (double?)p.Done).ToList()),
            new("errors (requests)", "#d62728", points.Select(p => (double?)p.Errors).ToList()),
        ]);
        yield return SvgChart.Lines("Request latency per second (from intended send time)", "ms",
        [
            new("p50", "#2ca02c", points.Select(p => p.LatencyP50).ToList()),
            new("p99", "#ff7f0e", points.Select(p => p.LatencyP99).ToList()),
        ]);
        if (points.Any(p => p.FreshnessP99 is not null))
            yield return SvgChart.Lines("Freshness per second (marker sent → viewer updated)", "ms",
            [
                new("p50", "#9467bd", points.Select(p => p.FreshnessP50).ToList()),
                new("p99", "#8c564b", points.Select(p => p.FreshnessP99).ToList()),
            ]);
    }
}
