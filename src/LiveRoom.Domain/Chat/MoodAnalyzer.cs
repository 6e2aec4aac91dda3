namespace LiveRoom.Domain.Chat;

/// <summary>
/// Reads one chat message with a <see cref="MoodLexicon"/>. Deliberately simple (substring match plus a
/// negation window): it must keep up with 20,000 messages/s and be explainable to an operator ("matched
/// 骗子"), and a false alarm only costs a seeded member one look.
/// </summary>
public sealed class MoodAnalyzer(MoodLexicon? lexicon = null)
{
    public const int MaxTextLength = 2_000;

    private static readonly char[] TrailingNoise = [' ', '\t', '\n', '\r', '\u3000', '~', '～', '。', '.', '!', '！', '…', '、', ',', '，'];

    public MoodLexicon Lexicon { get; } = lexicon ?? MoodLexicon.Default;

    public MessageSignal Analyze(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return MessageSignal.None;
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        var term = FindNegative(text);
        var question = IsQuestion(text);
        return term is null && !question ? MessageSignal.None : new MessageSignal(term is not null, term, question);
    }

    /// <summary>The first negative term that is not negated, or null.</summary>
    public string? FindNegative(string text)
    {
        foreach (var term in Lexicon.NegativeTerms)
        {
            if (string.IsNullOrEmpty(term)) continue;
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                if (!IsNegated(text, term, at)) return term;
            }
        }
        return null;
    }

    private bool IsNegated(string text, string term, int termStart)
    {
        var owed = Lexicon.OwedTerms.Contains(term, StringComparer.Ordinal);
        foreach (var negation in Lexicon.Negations)
        {
            if (string.IsNullOrEmpty(negation)) continue;
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

    public bool IsQuestion(string text)
    {
        if (text.Contains('?') || text.Contains('？')) return true;
        foreach (var w in Lexicon.QuestionWords)
            if (!string.IsNullOrEmpty(w) && text.Contains(w, StringComparison.Ordinal)) return true;
        var end = text.TrimEnd(TrailingNoise);
        foreach (var e in Lexicon.QuestionEndings)
            if (!string.IsNullOrEmpty(e) && end.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }
}
