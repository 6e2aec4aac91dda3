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
                if (!IsNegated(text, at)) return term;
            }
        }
        return null;
    }

    private bool IsNegated(string text, int termStart)
    {
        foreach (var negation in Lexicon.Negations)
        {
            if (string.IsNullOrEmpty(negation)) continue;
            // The negation must end within the window before the term: 不是骗子, 不是什么骗子.
            var from = Math.Max(0, termStart - Lexicon.NegationWindow - negation.Length);
            var window = text.AsSpan(from, termStart - from);
            if (window.IndexOf(negation, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

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
