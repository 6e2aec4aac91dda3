using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Tests.Cues;

/// <summary>The cue rules' optional "lexicon": a launch's own mood words, validated like the rest of the file.</summary>
public sealed class CueRuleLexiconTests
{
    [Fact]
    public void A_listed_part_replaces_the_base_and_the_rest_is_kept()
    {
        var set = CueRuleSet.Load("""{ "lexicon": { "negativeTerms": ["过敏", " 变质 "], "negationWindow": 1 } }""", out var errors);
        Assert.True(errors.IsValid, errors.ToString());
        var configured = MoodLexicon.Default with { QuestionWords = ["请问"] };
        var lexicon = set!.Lexicon!.ApplyTo(configured);
        Assert.Equal(["过敏", "变质"], lexicon.NegativeTerms);
        Assert.Equal(1, lexicon.NegationWindow);
        Assert.Equal(["请问"], lexicon.QuestionWords); // from the base (the configured lexicon)
        Assert.Equal(MoodLexicon.Default.Negations, lexicon.Negations);

        var analyzer = new MoodAnalyzer(lexicon);
        Assert.Equal("过敏", analyzer.Analyze("用了就过敏").NegativeTerm);
        Assert.False(analyzer.Analyze("骗子").Negative);
    }

    [Fact]
    public void A_file_without_a_lexicon_keeps_the_configured_one() =>
        Assert.Null(CueRuleSet.Load("""{ "rules": [] }""", out _)!.Lexicon);

    [Theory]
    [InlineData("""{ "lexicon": [] }""", "lexicon", "must be an object")]
    [InlineData("""{ "lexicon": { "negativeTerms": [] } }""", "lexicon.negativeTerms", "at least one word")]
    [InlineData("""{ "lexicon": { "negativeTerms": "骗子" } }""", "lexicon.negativeTerms", "array of words")]
    [InlineData("""{ "lexicon": { "negativeTerms": ["骗子", ""] } }""", "lexicon.negativeTerms[1]", "non-empty string")]
    [InlineData("""{ "lexicon": { "negativeTerms": ["骗子", 3] } }""", "lexicon.negativeTerms[1]", "non-empty string")]
    [InlineData("""{ "lexicon": { "negations": ["不是", "不是"] } }""", "lexicon.negations[1]", "repeats")]
    [InlineData("""{ "lexicon": { "questionWords": ["一二三四五六七八九十一二三四五六七八九十一"] } }""", "lexicon.questionWords[0]", "at most 20")]
    [InlineData("""{ "lexicon": { "negationWindow": 11 } }""", "lexicon.negationWindow", "0 to 10")]
    [InlineData("""{ "lexicon": { "negationWindow": 1.5 } }""", "lexicon.negationWindow", "whole number")]
    [InlineData("""{ "lexicon": { "negativeTerm": ["骗子"] } }""", "lexicon.negativeTerm", "unknown property")]
    public void Errors_name_the_lexicon_path(string json, string path, string reason)
    {
        Assert.Null(CueRuleSet.Load(json, out var errors));
        var all = errors.ToDictionary();
        Assert.True(all.ContainsKey(path), $"expected an error at {path}, got {errors}");
        Assert.Contains(all[path], m => m.Contains(reason, StringComparison.Ordinal));
    }
}
