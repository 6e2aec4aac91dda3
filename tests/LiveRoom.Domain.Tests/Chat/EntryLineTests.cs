using System.Text.RegularExpressions;
using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Tests.Chat;

/// <summary>The hand-written entry-line reader of <see cref="ChainParser"/> against the regex it replaced.</summary>
public class EntryLineTests
{
    private static readonly Regex Pattern = new(ChainParser.EntryLinePattern, RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("1. 李姐 1盒", true, 1, 3)]
    [InlineData("  12、王老师 x3", true, 12, 5)]
    [InlineData("( 7 ) 小雨", true, 7, 6)]
    [InlineData("3)阿May", true, 3, 2)]
    [InlineData("4: 老周", true, 4, 3)]
    [InlineData("12:30 开抢", false, 0, 0)]
    [InlineData("12345. 太长", false, 0, 0)]
    [InlineData("例 张三 2盒", false, 0, 0)]
    [InlineData("5.", true, 5, 2)]
    [InlineData("", false, 0, 0)]
    public void Reads_numbered_lines_and_leaves_times_and_titles_alone(string line, bool entry, int number, int bodyStart)
    {
        Assert.Equal(entry, ChainParser.TryReadEntryLine(line, out var n, out var start));
        if (entry) Assert.Equal((number, bodyStart), (n, start));
    }

    [Fact]
    public void Agrees_with_the_pattern_on_random_lines()
    {
        // The characters the grammar cares about, with Unicode digits and spaces that \d and \s also match.
        const string alphabet = "0123456789١٢( ).、):\t\u3000\u00A0\u2028a李盒x\r-";
        var random = new Random(20261124);
        for (var n = 0; n < 50_000; n++)
        {
            var chars = new char[random.Next(0, 10)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var line = new string(chars);
            Assert.Equal(Expected(line), Actual(line));
        }
    }

    private static string Expected(string line)
    {
        var m = Pattern.Match(line);
        if (!m.Success) return "no";
        try
        {
            return $"{int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)}@{m.Groups[3].Index}";
        }
        catch (FormatException)
        {
            return "throws";
        }
    }

    private static string Actual(string line)
    {
        try
        {
            return ChainParser.TryReadEntryLine(line, out var number, out var start) ? $"{number}@{start}" : "no";
        }
        catch (FormatException)
        {
            return "throws";
        }
    }
}
