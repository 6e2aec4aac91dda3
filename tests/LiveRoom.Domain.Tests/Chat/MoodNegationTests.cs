using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Tests.Chat;

/// <summary>
/// Where a negation word does not negate: the A-not-A question voices a suspicion (是不是骗子), and
/// 没 before something the buyer is owed is the complaint (还没有退款). A real denial still cancels.
/// </summary>
public sealed class MoodNegationTests
{
    private readonly MoodAnalyzer _analyzer = new();

    [Theory]
    [InlineData("是不是骗子", "骗子")]
    [InlineData("你们是不是骗子啊", "骗子")]
    [InlineData("是不是假货", "假货")]
    [InlineData("有没有假货", "假货")]
    [InlineData("算不算智商税", "智商税")]
    [InlineData("还没有退款", "退款")]
    [InlineData("没有退款，说好的三天", "退款")]
    [InlineData("还没有退钱", "退钱")]
    [InlineData("是不是骗子，还没收到", "骗子")]
    public void Suspicions_and_missing_refunds_are_negative(string text, string term)
    {
        var signal = _analyzer.Analyze(text);
        Assert.True(signal.Negative, text);
        Assert.Equal(term, signal.NegativeTerm);
    }

    [Theory]
    [InlineData("不是骗子")]
    [InlineData("我们不是骗子，放心")]
    [InlineData("没有假货")]
    [InlineData("不是退款，是换货")]
    [InlineData("这不是什么智商税")]
    public void Denials_still_cancel_the_term(string text) => Assert.False(_analyzer.Analyze(text).Negative, text);

    [Fact]
    public void A_suspicion_is_also_a_question()
    {
        var signal = _analyzer.Analyze("是不是骗子");
        Assert.True(signal.Negative && signal.Question);
    }

    [Fact]
    public void Owed_terms_come_from_the_lexicon()
    {
        // Without 退款 among the owed terms, 没有 cancels it as any negation does.
        var analyzer = new MoodAnalyzer(MoodLexicon.Default with { OwedTerms = [] });
        Assert.False(analyzer.Analyze("还没有退款").Negative);
    }
}
