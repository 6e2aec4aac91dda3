using System.Xml.Linq;
using LiveRoom.LoadTests.Report;

namespace LiveRoom.LoadTests.Tests;

/// <summary>The report's charts are well-formed SVG, scaled to the data, with gaps where a second has no sample.</summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_series_with_a_gap_is_drawn_as_two_lines_and_the_legend_names_it()
    {
        var svg = XDocument.Parse(SvgChart.Lines("rate", "events/s", [new("acked", "#123456", [1, 2, null, 4, 5])]));
        var lines = svg.Descendants(Svg + "polyline").ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(2, l.Attribute("points")!.Value.Split(' ').Length));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "acked");
    }

    [Fact]
    public void The_highest_value_reaches_the_top_of_the_plot_and_zero_its_bottom()
    {
        var svg = XDocument.Parse(SvgChart.Lines("latency", "ms", [new("p99", "#000", [0, 1000])]));
        var points = svg.Descendants(Svg + "polyline").Single().Attribute("points")!.Value.Split(' ')
            .Select(p => double.Parse(p.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(points[0] > points[1], "zero is drawn below the maximum");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "1k");
    }

    [Fact]
    public void Names_are_escaped()
    {
        var text = SvgChart.Lines("a <b> & c", "ms", [new("<script>", "#000", [1, 2])]);
        Assert.DoesNotContain("<script>", text);
        Assert.NotNull(XDocument.Parse(text));
    }
}
