using System.Globalization;
using System.Net;
using System.Text;

namespace LiveRoom.LoadTests.Report;

/// <summary>
/// A line chart as inline SVG, drawn here so the HTML report needs no script or CDN: x is the
/// run's second, each series a polyline (broken where a second has no sample).
/// </summary>
public static class SvgChart
{
    private const int Width = 860, Height = 250, Left = 64, Right = 16, Top = 42, Bottom = 32;

    public sealed record Series(string Name, string Color, IReadOnlyList<double?> Values);

    public static string Lines(string title, string unit, IReadOnlyList<Series> series)
    {
        var count = series.Max(s => s.Values.Count);
        var max = series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        max = NiceCeiling(max);
        double X(int i) => Left + (count <= 1 ? 0 : (double)i / (count - 1) * (Width - Left - Right));
        double Y(double v) => Top + (1 - v / max) * (Height - Top - Bottom);
        string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Enc(title)}\">");
        svg.Append($"<text x=\"{Left}\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{Enc(title)}</text>");
        for (var k = 0; k <= 4; k++)
        {
            var v = max * k / 4;
            svg.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(Y(v))}\" y2=\"{F(Y(v))}\" stroke=\"#ddd\"/>");
            svg.Append($"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4)}\" font-size=\"10\" text-anchor=\"end\">{Enc(Short(v))}</text>");
        }
        for (var k = 0; k <= 5 && count > 1; k++)
        {
            var i = (count - 1) * k / 5;
            svg.Append($"<text x=\"{F(X(i))}\" y=\"{Height - 12}\" font-size=\"10\" text-anchor=\"middle\">{i}s</text>");
        }
        svg.Append($"<text x=\"{Width - Right}\" y=\"16\" font-size=\"10\" text-anchor=\"end\">{Enc(unit)}</text>");

        var legendX = Left;
        foreach (var s in series)
        {
            foreach (var run in Runs(s.Values))
            {
                var points = string.Join(' ', run.Select(i => $"{F(X(i))},{F(Y(s.Values[i]!.Value))}"));
                svg.Append(run.Count == 1
                    ? $"<circle cx=\"{F(X(run[0]))}\" cy=\"{F(Y(s.Values[run[0]]!.Value))}\" r=\"1.5\" fill=\"{s.Color}\"/>"
                    : $"<polyline fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"1.5\" points=\"{points}\"/>");
            }
            svg.Append($"<rect x=\"{legendX}\" y=\"22\" width=\"10\" height=\"10\" fill=\"{s.Color}\"/><text x=\"{legendX + 14}\" y=\"31\" font-size=\"11\">{Enc(s.Name)}</text>");
            legendX += 30 + s.Name.Length * 7;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Index runs of consecutive seconds that have a value.</summary>
    private static List<List<int>> Runs(IReadOnlyList<double?> values)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                current = null;
                continue;
            }
            if (current is null) runs.Add(current = []);
            current.Add(i);
        }
        return runs;
    }

    private static double NiceCeiling(double v)
    {
        if (v <= 0) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(v)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
            if (step * magnitude >= v) return step * magnitude;
        return 10 * magnitude;
    }

    private static string Short(double v) => v switch
    {
        >= 1_000_000 => (v / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000 => (v / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => v.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
