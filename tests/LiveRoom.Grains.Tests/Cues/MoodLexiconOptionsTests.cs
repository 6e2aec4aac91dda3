using LiveRoom.Domain.Chat;
using LiveRoom.Grains.Cues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Tests.Cues;

/// <summary>"LiveRoom:Mood" bound as the silo binds it: a configured list replaces the built-in one, an unset one keeps it.</summary>
public sealed class MoodLexiconOptionsTests
{
    private static MoodLexicon Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .Configure<MoodLexiconOptions>(configuration.GetSection(MoodLexiconOptions.Section))
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<MoodLexiconOptions>>().Value.ToLexicon();
    }

    [Fact]
    public void Without_settings_the_lexicon_is_the_built_in_one()
    {
        var lexicon = Bind([]);
        Assert.Equal(MoodLexicon.Default.NegativeTerms, lexicon.NegativeTerms);
        Assert.Equal(MoodLexicon.Default.Negations, lexicon.Negations);
        Assert.Equal(MoodLexicon.Default.QuestionWords, lexicon.QuestionWords);
        Assert.Equal(MoodLexicon.Default.NegationWindow, lexicon.NegationWindow);
    }

    [Fact]
    public void A_configured_list_replaces_the_built_in_list_rather_than_adding_to_it()
    {
        var lexicon = Bind(new()
        {
            ["LiveRoom:Mood:NegativeTerms:0"] = "变质",
            ["LiveRoom:Mood:NegativeTerms:1"] = "过期",
            ["LiveRoom:Mood:Negations:0"] = "不会",
            ["LiveRoom:Mood:NegationWindow"] = "99",
        });
        Assert.Equal(["变质", "过期"], lexicon.NegativeTerms);
        Assert.Equal(["不会"], lexicon.Negations);
        Assert.Equal(MoodLexicon.MaxNegationWindow, lexicon.NegationWindow);
        Assert.Equal(MoodLexicon.Default.QuestionEndings, lexicon.QuestionEndings);

        var analyzer = new MoodAnalyzer(lexicon);
        Assert.True(analyzer.Analyze("牛奶变质了").Negative);
        Assert.False(analyzer.Analyze("骗子").Negative);
    }
}
