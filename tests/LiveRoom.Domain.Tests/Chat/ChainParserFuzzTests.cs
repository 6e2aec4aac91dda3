using System.Text;
using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Tests.Chat;

/// <summary>Property tests with fixed seeds: deterministic, yet thousands of inputs nobody would write by hand.</summary>
public class ChainParserFuzzTests
{
    private const string Alphabet = "#＃接龙例1234567890１２３.、．()（）)xX×*+ 　\n\r\t盒件份两三十李姐小雨🌸👍?？吗骗子abc:：,，-";

    [Fact]
    public void Random_text_never_throws_and_without_a_header_is_never_a_chain()
    {
        var random = new Random(20261124);
        for (var n = 0; n < 5_000; n++)
        {
            var text = RandomText(random, random.Next(0, 300));
            var post = ChainParser.Parse(text);
            if (!StartsWithHeader(text)) Assert.Null(post);
            if (post is not null) AssertSane(post);
        }
    }

    [Fact]
    public void Random_unicode_including_broken_surrogates_never_throws()
    {
        var random = new Random(7);
        for (var n = 0; n < 2_000; n++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
            var text = (random.Next(2) == 0 ? "#接龙\n标题\n" : "") + new string(chars);
            var post = ChainParser.Parse(text);
            if (post is not null) AssertSane(post);
        }
    }

    [Fact]
    public void Mutated_chains_never_throw_and_never_count_more_than_their_numbered_lines()
    {
        var random = new Random(42);
        var lines = new[] { "#接龙", "周四福利 冷敷凝胶", "例 张三 2盒", "", "1. 李姐 1盒", "2. 🌸小雨 2", "3. 王老师 x3", "4、阿May 两盒", "（5）老周 +2" };
        for (var n = 0; n < 5_000; n++)
        {
            var sb = new StringBuilder(string.Join("\n", lines));
            for (var k = random.Next(1, 6); k > 0; k--) Mutate(sb, random);
            var text = sb.ToString();
            var post = ChainParser.Parse(text);
            if (post is null) continue;
            AssertSane(post);
            Assert.True(post.Entries.Count <= text.Split('\n').Length);
        }
    }

    [Fact]
    public void Huge_text_is_cut_not_fatal()
    {
        var text = "#接龙\n大团\n" + new string('1', 1_000_000);
        Assert.Empty(ChainParser.Parse(text)!.Entries);
        var many = "#接龙\n大团\n" + string.Concat(Enumerable.Repeat("1. 李姐 x2\n", 100_000));
        Assert.Equal(ChainParser.MaxEntries, ChainParser.Parse(many)!.Entries.Count);
    }

    private static void AssertSane(ChainPost post)
    {
        Assert.NotNull(post.Title);
        Assert.True(post.Entries.Count <= ChainParser.MaxEntries);
        foreach (var e in post.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.InRange(e.Quantity, 1, ChainParser.MaxQuantity);
            Assert.True(e.Number > 0);
            Assert.True(e.Name.Length <= ChainParser.MaxNameLength);
        }
    }

    private static bool StartsWithHeader(string text)
    {
        var first = text.Replace("\r\n", "\n").Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is null) return false;
        var folded = first.Trim().Replace('＃', '#');
        return folded.StartsWith("#接龙", StringComparison.Ordinal) || folded.StartsWith("接龙", StringComparison.Ordinal);
    }

    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var c = Alphabet[random.Next(Alphabet.Length)];
            // Keep surrogate pairs whole for this alphabet; broken ones have their own test.
            if (char.IsHighSurrogate(c)) { var at = Alphabet.IndexOf(c); sb.Append(Alphabet, at, 2); }
            else if (!char.IsLowSurrogate(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static void Mutate(StringBuilder sb, Random random)
    {
        if (sb.Length == 0) return;
        var at = random.Next(sb.Length);
        switch (random.Next(4))
        {
            case 0: sb.Remove(at, Math.Min(random.Next(1, 8), sb.Length - at)); break;
            case 1: sb.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
            case 2: sb.Insert(at, "\n"); break;
            default: sb[at] = Alphabet[random.Next(Alphabet.Length)]; break;
        }
    }
}
