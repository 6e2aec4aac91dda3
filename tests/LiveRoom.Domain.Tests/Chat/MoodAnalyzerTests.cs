using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Tests.Chat;

public class MoodAnalyzerTests
{
    private readonly MoodAnalyzer _analyzer = new();

    [Theory]
    [InlineData("这就是骗子吧", "骗子")]
    [InlineData("感觉是假货", "假货")]
    [InlineData("我要退款", "退款")]
    [InlineData("上周买的还没收到", "没收到")]
    [InlineData("太贵了吧", "太贵")]
    [InlineData("给差评", "差评")]
    [InlineData("我要投诉你们", "投诉")]
    [InlineData("交智商税", "智商税")]
    [InlineData("又来割韭菜", "割韭菜")]
    [InlineData("垃圾产品", "垃圾")]
    [InlineData("被坑了", "坑")]
    [InlineData("上当了", "上当")]
    [InlineData("不退款吗", "退款")]
    [InlineData("不是骗子才怪，就是骗子", "骗子")]
    public void Finds_negative_terms(string text, string term)
    {
        var s = _analyzer.Analyze(text);
        Assert.True(s.Negative);
        Assert.Equal(term, s.NegativeTerm);
    }

    [Theory]
    [InlineData("不是骗子，放心买")]
    [InlineData("没有假货，都是正品")]
    [InlineData("并非智商税")]
    [InlineData("这价不算太贵")]
    [InlineData("不是什么骗子")]
    [InlineData("今晚8点开抢")]
    [InlineData("")]
    public void Negated_or_plain_messages_are_not_negative(string text) => Assert.False(_analyzer.Analyze(text).Negative);

    [Theory]
    [InlineData("几点开抢？", true)]
    [InlineData("几点开抢?", true)]
    [InlineData("好用吗", true)]
    [InlineData("好用吗～", true)]
    [InlineData("你呢", true)]
    [InlineData("怎么下单", true)]
    [InlineData("多少钱一盒", true)]
    [InlineData("什么时候发货", true)]
    [InlineData("在哪里付款", true)]
    [InlineData("能不能便宜点", true)]
    [InlineData("有没有赠品", true)]
    [InlineData("几号到", true)]
    [InlineData("已下单，很开心", false)]
    [InlineData("吗啡不是药吧。", false)]
    public void Detects_questions(string text, bool question) => Assert.Equal(question, _analyzer.Analyze(text).Question);

    [Fact]
    public void The_lexicon_is_configurable()
    {
        var analyzer = new MoodAnalyzer(MoodLexicon.Default with { NegativeTerms = ["过敏"], Negations = ["不会"] });
        Assert.Equal("过敏", analyzer.Analyze("用了过敏").NegativeTerm);
        Assert.False(analyzer.Analyze("用了不会过敏").Negative);
        Assert.False(analyzer.Analyze("骗子").Negative);
    }

    [Fact]
    public void Never_throws_on_odd_input()
    {
        var random = new Random(3);
        for (var n = 0; n < 2_000; n++)
        {
            var chars = new char[random.Next(0, 100)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
            _ = _analyzer.Analyze(new string(chars));
        }
        _ = _analyzer.Analyze(new string('骗', 100_000));
    }
}
