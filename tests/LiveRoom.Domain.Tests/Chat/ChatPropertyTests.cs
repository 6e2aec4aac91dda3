using System.Text;
using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Tests.Chat;

/// <summary>
/// Properties of the chat reading over random text with fixed seeds: random mixes of emoji (with
/// joiners and variation selectors), ASCII and full-width digits, Simplified and Traditional CJK,
/// every kind of whitespace and the markers the parser looks for. Nothing throws, every reading stays
/// within its bounds, names are cut from the text as written, the script a line is written in does
/// not change what it says, and a huge input costs no more than a cut one.
/// </summary>
public sealed class ChatPropertyTests
{
    private static readonly string[] Pieces =
    [
        "🌸", "👩‍👧", "☀️", "✖️", "🙏", "😡", "👍🏻", "\u200D", "\uFE0F",
        "0", "1", "2", "7", "9", "12", "007", "520", "999", "1000", "13800138000", "２", "３", "１２",
        "李", "姐", "小雨", "王老师", "陳太", "黃小姐", "張媽媽", "宝妈", "三", "两", "兩", "十二", "二十", "零",
        "盒", "件", "份", "个", "個", "袋", "组", "組", "只", "隻", "管", "提", "号", "號", "点", "點", "栋", "元", "单元", "群",
        "接龙", "接龍", "团购", "團購", "例", "骗子", "騙子", "退款", "沒有", "不是", "是不是", "發貨太慢", "好評", "吗", "嗎",
        " ", "  ", "\t", "\u3000", "\u00A0", "\n", "\r\n",
        "x", "X", "×", "*", "+", "#", "＃", ".", "．", "、", ":", "：", "(", ")", "（", "）", ",", "，", "-", "/", "?", "？", "!",
        "Amy", "Lily", "Max", "boxes", "pcs",
    ];

    [Fact]
    public void Random_posts_never_throw_and_stay_within_bounds()
    {
        var random = new Random(20261208);
        for (var n = 0; n < 3_000; n++)
        {
            var text = RandomPost(random);
            var post = ChainParser.Parse(text);
            if (post is null) continue;
            var numberedLines = text.Split('\n').Length;
            Assert.True(post.Entries.Count <= Math.Min(numberedLines, ChainParser.MaxEntries));
            Assert.True(post.Title.Length <= ChainParser.MaxTitleLength);
            foreach (var e in post.Entries)
            {
                Assert.InRange(e.Quantity, 1, ChainParser.MaxQuantity);
                Assert.True(e.Number > 0);
                Assert.False(string.IsNullOrWhiteSpace(e.Name));
                Assert.True(e.Name.Length <= ChainParser.MaxNameLength);
                Assert.True(e.RawLine.Length <= ChainParser.MaxTitleLength);
                // Names are cut from the line as written, never rebuilt from the folded text.
                if (e.RawLine.Length < ChainParser.MaxTitleLength && e.Name.Length < ChainParser.MaxNameLength)
                    Assert.Contains(e.Name, e.RawLine, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Random_chat_never_throws_and_names_only_lexicon_terms()
    {
        var analyzer = new MoodAnalyzer();
        var random = new Random(8);
        for (var n = 0; n < 5_000; n++)
        {
            var signal = analyzer.Analyze(RandomText(random, random.Next(0, 40)));
            Assert.Equal(signal.Negative, signal.NegativeTerm is not null);
            if (signal.NegativeTerm is { } term) Assert.Contains(term, analyzer.Lexicon.NegativeTerms);
        }
    }

    [Fact]
    public void Writing_in_traditional_changes_no_quantity_and_no_mood()
    {
        var analyzer = new MoodAnalyzer();
        var random = new Random(1208);
        for (var n = 0; n < 3_000; n++)
        {
            var text = RandomPost(random);
            var traditional = ToTraditional(text);
            var a = ChainParser.Parse(text);
            var b = ChainParser.Parse(traditional);
            Assert.Equal(a is null, b is null);
            if (a is not null && b is not null)
                Assert.Equal(a.Entries.Select(e => (e.Number, e.Quantity)), b.Entries.Select(e => (e.Number, e.Quantity)));
            Assert.Equal(analyzer.Analyze(text), analyzer.Analyze(traditional));
        }
    }

    [Fact]
    public void A_huge_input_costs_no_more_than_its_cut()
    {
        var random = new Random(5);
        var body = new StringBuilder("#接龍\n團購\n");
        for (var i = 1; body.Length < 2_000_000; i++) body.Append(i).Append(". ").Append(RandomText(random, 6)).Append(" 2盒\n");
        var huge = body.ToString();
        var cut = huge[..ChainParser.MaxTextLength];

        var post = ChainParser.Parse(huge);
        Assert.NotNull(post);
        Assert.True(post.Entries.Count <= ChainParser.MaxEntries);
        var forCut = Allocated(() => ChainParser.Parse(cut));
        var forHuge = Allocated(() => ChainParser.Parse(huge));
        // The cut itself is one copy of MaxTextLength chars; everything else is the same work.
        Assert.True(forHuge <= forCut + ChainParser.MaxTextLength * sizeof(char) + 1_024, $"{forHuge} bytes for the huge text, {forCut} for its cut");

        var analyzer = new MoodAnalyzer();
        var chat = string.Concat(Enumerable.Repeat("發貨太慢，是不是騙子？🌸２盒 ", 100_000));
        Assert.True(analyzer.Analyze(chat).Negative);
        var chatCut = chat[..MoodAnalyzer.MaxTextLength];
        var forChatCut = Allocated(() => analyzer.Analyze(chatCut));
        var forChat = Allocated(() => analyzer.Analyze(chat));
        Assert.True(forChat <= forChatCut + MoodAnalyzer.MaxTextLength * sizeof(char) + 1_024, $"{forChat} bytes for the huge message, {forChatCut} for its cut");
    }

    [Fact]
    public void Lines_with_nothing_to_fold_are_not_copied()
    {
        const string line = "1. 李姐 2盒 🌸";
        Assert.Same(line, ChainParser.Fold(line));
        Assert.Same(line, TraditionalChinese.ToSimplified(line));
        Assert.Equal("1.李姐 2个", ChainParser.Fold("１．李姐　2個"));
    }

    [Fact]
    public void The_traditional_table_folds_each_character_once_and_for_good()
    {
        var pairs = TraditionalChinese.Pairs;
        Assert.True(pairs.Length % 2 == 0);
        var keys = new HashSet<char>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            Assert.True(keys.Add(pairs[i]), $"{pairs[i]} is in the table twice");
            Assert.NotEqual(pairs[i], pairs[i + 1]);
            Assert.False(char.IsSurrogate(pairs[i]) || char.IsSurrogate(pairs[i + 1]));
        }
        // Idempotent: no Simplified form is itself folded again.
        for (var c = '\u3400'; c <= '\u9FFF'; c++)
            Assert.Equal(TraditionalChinese.Fold(c), TraditionalChinese.Fold(TraditionalChinese.Fold(c)));
    }

    [Fact]
    public void A_traditional_lexicon_matches_simplified_text_and_reports_its_own_term()
    {
        var analyzer = new MoodAnalyzer(MoodLexicon.Default with { NegativeTerms = ["變質"], OwedTerms = [] });
        Assert.Equal("變質", analyzer.Analyze("收到就变质了").NegativeTerm);
        Assert.Equal("變質", analyzer.Analyze("收到就變質了").NegativeTerm);
        Assert.False(analyzer.Analyze("沒有變質").Negative);
    }

    private static readonly Dictionary<char, char> SimplifiedToTraditional = BuildReverse();

    private static Dictionary<char, char> BuildReverse()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < TraditionalChinese.Pairs.Length; i += 2) map.TryAdd(TraditionalChinese.Pairs[i + 1], TraditionalChinese.Pairs[i]);
        return map;
    }

    private static string ToTraditional(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (SimplifiedToTraditional.TryGetValue(chars[i], out var t)) chars[i] = t;
        return new string(chars);
    }

    private static string RandomPost(Random random)
    {
        var sb = new StringBuilder();
        sb.Append(random.Next(4) switch { 0 => "#接龙", 1 => "＃接龍", 2 => "接龍：", _ => "" }).Append(RandomText(random, random.Next(0, 4))).Append('\n');
        for (var line = random.Next(0, 12); line > 0; line--)
        {
            if (random.Next(3) > 0) sb.Append(random.Next(0, 30)).Append(random.Next(3) switch { 0 => ". ", 1 => "、", _ => "．" });
            sb.Append(RandomText(random, random.Next(0, 8))).Append('\n');
        }
        return sb.ToString();
    }

    private static string RandomText(Random random, int pieces)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pieces; i++) sb.Append(Pieces[random.Next(Pieces.Length)]);
        return sb.ToString();
    }

    private static long Allocated(Action action)
    {
        action(); // warm: first calls load and initialise
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
