using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Tests.Chat;

public class ChainParserTests
{
    private const string Native = """
        #接龙
        周四福利 冷敷凝胶 第二盒半价
        例 张三 2盒

        1. 李姐 1盒
        2. 🌸小雨 2
        3. 王老师 x3
        """;

    [Fact]
    public void Reads_the_native_wechat_chain()
    {
        var post = ChainParser.Parse(Native)!;
        Assert.Equal("周四福利 冷敷凝胶 第二盒半价", post.Title);
        Assert.Equal(3, post.Entries.Count);
        Assert.Equal(new ChainEntry(1, "李姐", 1, "1. 李姐 1盒"), post.Entries[0]);
        Assert.Equal(("🌸小雨", 2), (post.Entries[1].Name, post.Entries[1].Quantity));
        Assert.Equal(("王老师", 3), (post.Entries[2].Name, post.Entries[2].Quantity));
        Assert.Equal(6, post.TotalQuantity);
    }

    [Theory]
    [InlineData("1. 李姐", 1, "李姐", 1)]
    [InlineData("1、李姐 2盒", 1, "李姐", 2)]
    [InlineData("１．李姐 2盒", 1, "李姐", 2)]
    [InlineData("１、李姐　２盒", 1, "李姐", 2)]
    [InlineData("(4) 李姐 2件", 4, "李姐", 2)]
    [InlineData("（12）李姐 2份", 12, "李姐", 2)]
    [InlineData("7) 李姐 x2", 7, "李姐", 2)]
    [InlineData("1. 李姐 X2", 1, "李姐", 2)]
    [InlineData("1. 李姐×2", 1, "李姐", 2)]
    [InlineData("1. 李姐 *2", 1, "李姐", 2)]
    [InlineData("1. 李姐 ＊2", 1, "李姐", 2)]
    [InlineData("1. 李姐 +2", 1, "李姐", 2)]
    [InlineData("1. 李姐 两盒", 1, "李姐", 2)]
    [InlineData("1. 李姐 二盒", 1, "李姐", 2)]
    [InlineData("1. 李姐 三件", 1, "李姐", 3)]
    [InlineData("1. 李姐 十盒", 1, "李姐", 10)]
    [InlineData("1. 李姐 十二份", 1, "李姐", 12)]
    [InlineData("1. 李姐2盒", 1, "李姐", 2)]
    [InlineData("1. 🌸小雨🌸 2", 1, "🌸小雨🌸", 2)]
    [InlineData("1. 👩‍👧 妈妈 x2", 1, "👩‍👧 妈妈", 2)]
    [InlineData("1. 李姐 2盒 周五自提", 1, "李姐", 2)]
    [InlineData("1. 李姐 备注晚点付款", 1, "李姐", 1)]
    [InlineData("1. 小雨123", 1, "小雨123", 1)]
    [InlineData("1. Alex2", 1, "Alex2", 1)]
    [InlineData("1. 李姐 13800138000", 1, "李姐", 1)]
    [InlineData("1. 李姐 0盒", 1, "李姐", 1)]
    [InlineData("1. 张三 2盒", 1, "张三", 2)]
    [InlineData("1: 李姐 2盒", 1, "李姐", 2)]
    public void Reads_every_entry_variant(string line, int number, string name, int quantity)
    {
        var post = ChainParser.Parse("#接龙\n冷敷凝胶\n" + line);
        Assert.NotNull(post);
        var entry = Assert.Single(post.Entries);
        Assert.Equal((number, name, quantity), (entry.Number, entry.Name, entry.Quantity));
        Assert.Equal(line.Trim(), entry.RawLine);
    }

    [Theory]
    [InlineData("#接龙\n冷敷凝胶\n1. 李姐")]
    [InlineData("＃接龙\n冷敷凝胶\n1. 李姐")]
    [InlineData("接龙\n冷敷凝胶\n1. 李姐")]
    [InlineData("  \n\n#接龙\r\n冷敷凝胶\r\n1. 李姐\r\n")]
    [InlineData("#接龙 冷敷凝胶\n1. 李姐")]
    [InlineData("#接龙#冷敷凝胶\n1. 李姐")]
    [InlineData("接龙：冷敷凝胶\n1. 李姐")]
    public void Accepts_header_variants(string text)
    {
        var post = ChainParser.Parse(text);
        Assert.NotNull(post);
        Assert.Equal("冷敷凝胶", post.Title);
        Assert.Single(post.Entries);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("大家好，今晚8点开抢")]
    [InlineData("我要接龙")]
    [InlineData("接龙在哪里？")]
    [InlineData("接龙")]
    [InlineData("#接龙")]
    [InlineData("接龙\n冷敷凝胶")]
    [InlineData("1. 李姐 2盒\n2. 小雨 1盒")]
    [InlineData("今天的接龙：\n1. 李姐")]
    [InlineData("接龙吧\n1. 李姐")]
    public void Ordinary_chat_is_not_a_chain(string? text) => Assert.Null(ChainParser.Parse(text));

    [Fact]
    public void A_titled_chain_without_entries_is_the_opening_post()
    {
        var post = ChainParser.Parse("#接龙\n周四福利\n例 张三 2盒")!;
        Assert.Equal("周四福利", post.Title);
        Assert.Empty(post.Entries);
    }

    [Fact]
    public void Example_lines_and_trailing_remarks_are_not_entries()
    {
        var post = ChainParser.Parse("""
            #接龙
            周四福利
            第二盒半价，截止今晚10点
            例：张三 2盒
            例如 李四 x1
            1. 李姐
            2. 小雨 2盒
            3.
            大家抓紧啦 12:30 截止
            """)!;
        Assert.Equal("周四福利", post.Title);
        Assert.Equal("第二盒半价，截止今晚10点", post.Description);
        Assert.Equal(["李姐", "小雨"], post.Entries.Select(e => e.Name));
    }

    [Fact]
    public void Caps_entries()
    {
        var text = "#接龙\n大团\n" + string.Join("\n", Enumerable.Range(1, 800).Select(i => $"{i}. 会员{i}"));
        Assert.Equal(ChainParser.MaxEntries, ChainParser.Parse(text)!.Entries.Count);
    }

    [Fact]
    public void Titles_that_differ_only_in_decoration_are_one_chain()
    {
        Assert.Equal(ChainTitles.Normalize("周四福利 冷敷凝胶"), ChainTitles.Normalize("周四福利冷敷凝胶🔥！"));
        Assert.Equal(ChainTitles.Normalize("ＡＢＣ 团"), ChainTitles.Normalize("abc团"));
        Assert.NotEqual(ChainTitles.Normalize("冷敷凝胶"), ChainTitles.Normalize("面膜"));
    }

    [Theory]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("九十九", 99)]
    [InlineData("零", null)]
    [InlineData("十十", null)]
    [InlineData("一十", null)]
    [InlineData("二二", null)]
    public void Reads_small_chinese_numerals(string text, int? value) => Assert.Equal(value, ChineseNumerals.Parse(text));
}
