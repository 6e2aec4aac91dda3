using System.Text;
using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Tests.Chat;

/// <summary>
/// The chat corpus (Chat/Corpus/*.tsv, docs/chat.md "Corpus"): entry lines, whole messages and mood
/// lines as real groups write them, Simplified and Traditional, each with its expected reading. Every
/// file is checked whole and all its mismatches are reported at once, so a change to the reading
/// rules shows everything it moves.
/// </summary>
public sealed class ChatCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Chat", "Corpus");

    [Theory]
    [InlineData("chain-entries.tsv")]
    [InlineData("chain-entries-hand.tsv")]
    public void Every_entry_line_reads_as_expected(string file)
    {
        var rows = Rows(file);
        Assert.True(rows.Count >= 50, $"{file} has only {rows.Count} rows");
        var wrong = new List<string>();
        foreach (var (lineNo, cols) in rows)
        {
            var post = ChainParser.Parse("#接龙\n标题\n" + cols[0]);
            var actual = post is null ? "(chat)" : post.Entries.Count == 0 ? "-" : string.Join(" | ", post.Entries.Select(e => $"{e.Name}\t{e.Quantity}"));
            var expected = cols[1] == "-" ? "-" : $"{cols[1]}\t{cols[2]}";
            if (actual != expected) wrong.Add($"{file}:{lineNo} {cols[0]}: expected [{expected}], read [{actual}]");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_whole_message_reads_as_expected()
    {
        const string file = "chain-posts-hand.tsv";
        var wrong = new List<string>();
        foreach (var (lineNo, cols) in Rows(file))
        {
            var text = cols[0].Replace("\\n", "\n", StringComparison.Ordinal);
            var post = ChainParser.Parse(text);
            var actual = post is null ? "chat" : $"chain\t{post.Title}\t{post.Entries.Count}\t{post.TotalQuantity}";
            var expected = string.Join("\t", cols.Skip(1));
            if (actual != expected) wrong.Add($"{file}:{lineNo} {cols[0]}: expected [{expected}], read [{actual}]");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("mood.tsv")]
    [InlineData("mood-hand.tsv")]
    public void Every_mood_line_reads_as_expected(string file)
    {
        var analyzer = new MoodAnalyzer();
        var rows = Rows(file);
        Assert.True(rows.Count >= 50, $"{file} has only {rows.Count} rows");
        var wrong = new List<string>();
        foreach (var (lineNo, cols) in rows)
        {
            var signal = analyzer.Analyze(cols[0]);
            var actual = $"{(signal.Negative ? "negative" : "calm")}\t{signal.NegativeTerm ?? "-"}\t{(signal.Question ? "yes" : "no")}";
            var expected = $"{cols[1]}\t{cols[2]}\t{cols[3]}";
            if (actual != expected) wrong.Add($"{file}:{lineNo} {cols[0]}: expected [{expected}], read [{actual}]");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Traditional_and_simplified_forms_of_a_mood_line_read_alike()
    {
        // The generated mood file holds each sentence in both scripts, bare and decorated: the
        // Simplified row and its Traditional twin four rows on must agree.
        var rows = Rows("mood.tsv");
        for (var i = 0; i + 3 < rows.Count; i += 4)
            Assert.Equal(string.Join("\t", rows[i].Cols.Skip(1)), string.Join("\t", rows[i + 2].Cols.Skip(1)));
    }

    private static List<(int LineNo, string[] Cols)> Rows(string file)
    {
        var rows = new List<(int, string[])>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(Path.Combine(Folder, file), Encoding.UTF8))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            rows.Add((lineNo, line.Split('\t')));
        }
        return rows;
    }
}
