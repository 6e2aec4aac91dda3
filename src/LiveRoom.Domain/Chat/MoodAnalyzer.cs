namespace LiveRoom.Domain.Chat;

/// <summary>
/// Reads one chat message with a <see cref="MoodLexicon"/>. Deliberately simple (substring match plus a
/// negation window): it must keep up with 20,000 messages/s and be explainable to an operator ("matched
/// 骗子"), and a false alarm only costs a seeded member one look.
/// <para>
/// The text and the lexicon are both folded to Simplified (<see cref="TraditionalChinese"/>), so
/// 發貨太慢 or 沒有退款 read as their Simplified forms and a launch may write its lexicon in either
/// script. The lexicon is folded once here, not per message; the term reported is the lexicon's own.
/// </para>
/// </summary>
public sealed class MoodAnalyzer
{
    public const int MaxTextLength = 2_000;

    private static readonly char[] TrailingNoise = [' ', '\t', '\n', '\r', '\u3000', '~', '～', '。', '.', '!', '！', '…', '、', ',', '，'];

    private readonly string[] _negatives;
    private readonly bool[] _owed;
    private readonly string[] _negations;
    private readonly string[] _questionWords;
    private readonly string[] _questionEndings;

    public MoodAnalyzer(MoodLexicon? lexicon = null)
    {
        Lexicon = lexicon ?? MoodLexicon.Default;
        _negatives = Folded(Lexicon.NegativeTerms);
        var owed = Folded(Lexicon.OwedTerms);
        _owed = _negatives.Select(t => owed.Contains(t, StringComparer.Ordinal)).ToArray();
        _negations = Folded(Lexicon.Negations);
        _questionWords = Folded(Lexicon.QuestionWords);
        _questionEndings = Folded(Lexicon.QuestionEndings);
    }

    public MoodLexicon Lexicon { get; }

    public MessageSignal Analyze(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return MessageSignal.None;
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        text = TraditionalChinese.ToSimplified(text);
        var term = FindNegativeFolded(text);
        var question = IsQuestionFolded(text);
        return term is null && !question ? MessageSignal.None : new MessageSignal(term is not null, term, question);
    }

    /// <summary>The first negative term (as the lexicon writes it) that is not negated, or null.</summary>
    public string? FindNegative(string text) => FindNegativeFolded(TraditionalChinese.ToSimplified(text));

    public bool IsQuestion(string text) => IsQuestionFolded(TraditionalChinese.ToSimplified(text));

    private string? FindNegativeFolded(string text)
    {
        for (var t = 0; t < _negatives.Length; t++)
        {
            var term = _negatives[t];
            if (term.Length == 0) continue;
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                if (!IsNegated(text, _owed[t], at)) return Lexicon.NegativeTerms[t];
            }
        }
        return null;
    }

    private bool IsNegated(string text, bool owed, int termStart)
    {
        foreach (var negation in _negations)
        {
            if (negation.Length == 0) continue;
            // 没 says something did not happen: before an owed term that is the complaint (还没有退款).
            if (owed && negation.Contains('没')) continue;
            // The negation must end within the window before the term: 不是骗子, 不是什么骗子.
            var from = Math.Max(0, termStart - Lexicon.NegationWindow - negation.Length);
            for (var at = text.IndexOf(negation, from, termStart - from, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(negation, at + 1, termStart - at - 1, StringComparison.Ordinal))
            {
                if (!IsAskedBothWays(text, at, negation)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The A-not-A question (是不是骗子, 有没有假货, 算不算智商税): the word before the negation repeats
    /// the negation's verb. It voices the suspicion rather than denying it, so it negates nothing.
    /// </summary>
    private static bool IsAskedBothWays(string text, int negationAt, string negation) =>
        negationAt > 0 && negation.Length >= 2 && negation[0] is '不' or '没' && text[negationAt - 1] == negation[^1];

    private bool IsQuestionFolded(string text)
    {
        if (text.Contains('?') || text.Contains('？')) return true;
        foreach (var w in _questionWords)
            if (w.Length > 0 && text.Contains(w, StringComparison.Ordinal)) return true;
        var end = text.TrimEnd(TrailingNoise);
        foreach (var e in _questionEndings)
            if (e.Length > 0 && end.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Folded copies in the lexicon's order (null entries as empty), so an index names the lexicon's own word.</summary>
    private static string[] Folded(IReadOnlyList<string> words) =>
        words.Select(w => string.IsNullOrEmpty(w) ? "" : TraditionalChinese.ToSimplified(w)).ToArray();
}
