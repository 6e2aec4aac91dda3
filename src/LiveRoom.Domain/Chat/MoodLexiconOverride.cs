namespace LiveRoom.Domain.Chat;

/// <summary>
/// Replacements for parts of a <see cref="MoodLexicon"/>: a null part keeps the base's. Used twice,
/// on top of each other: the app configuration ("LiveRoom:Mood") over the built-in lexicon, then a
/// launch's cue rules ("lexicon") over that, so a launch changes only the lists it names.
/// </summary>
public sealed record MoodLexiconOverride
{
    public IReadOnlyList<string>? NegativeTerms { get; init; }
    public IReadOnlyList<string>? Negations { get; init; }
    public int? NegationWindow { get; init; }
    public IReadOnlyList<string>? QuestionWords { get; init; }
    public IReadOnlyList<string>? QuestionEndings { get; init; }
    public IReadOnlyList<string>? OwedTerms { get; init; }

    public MoodLexicon ApplyTo(MoodLexicon lexicon) => new()
    {
        NegativeTerms = Clean(NegativeTerms) ?? lexicon.NegativeTerms,
        Negations = Clean(Negations) ?? lexicon.Negations,
        NegationWindow = NegationWindow ?? lexicon.NegationWindow,
        QuestionWords = Clean(QuestionWords) ?? lexicon.QuestionWords,
        QuestionEndings = Clean(QuestionEndings) ?? lexicon.QuestionEndings,
        OwedTerms = Clean(OwedTerms) ?? lexicon.OwedTerms,
    };

    /// <summary>Blank entries would match everywhere (or nothing); they are dropped, order is kept.</summary>
    private static IReadOnlyList<string>? Clean(IReadOnlyList<string>? words) =>
        words?.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
