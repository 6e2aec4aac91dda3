using LiveRoom.Domain.Chat;

namespace LiveRoom.Grains.Cues;

/// <summary>
/// The silo-wide mood words (configuration section "LiveRoom:Mood", docs/configuration.md); a list
/// that is not set keeps the built-in one (<see cref="MoodLexicon.Default"/>). A launch's cue rules
/// may replace lists again ("lexicon").
/// </summary>
public sealed class MoodLexiconOptions
{
    public const string Section = "LiveRoom:Mood";

    // Null by default, not the built-in lists: the configuration binder appends to a list it finds,
    // so a configured list would be added to the defaults instead of replacing them.
    public string[]? NegativeTerms { get; set; }
    public string[]? Negations { get; set; }
    public int? NegationWindow { get; set; }
    public string[]? QuestionWords { get; set; }
    public string[]? QuestionEndings { get; set; }
    public string[]? OwedTerms { get; set; }

    public MoodLexicon ToLexicon() => new MoodLexiconOverride
    {
        NegativeTerms = NegativeTerms,
        Negations = Negations,
        NegationWindow = NegationWindow is { } w ? Math.Clamp(w, 0, MoodLexicon.MaxNegationWindow) : null,
        QuestionWords = QuestionWords,
        QuestionEndings = QuestionEndings,
        OwedTerms = OwedTerms,
    }.ApplyTo(MoodLexicon.Default);
}
