using System.Globalization;
using System.Text;

namespace LiveRoom.Domain.Chat;

/// <summary>
/// Chains are told apart by title. People re-post a chain with small differences (full-width
/// characters, extra spaces, a trailing emoji or punctuation), so the key keeps only letters and
/// digits after width folding; two titles that differ only in decoration are the same chain.
/// </summary>
public static class ChainTitles
{
    public const int MaxKeyLength = 64;

    public static string Normalize(string? title)
    {
        if (string.IsNullOrEmpty(title)) return "";
        var folded = title.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(Math.Min(folded.Length, MaxKeyLength));
        foreach (var c in folded)
        {
            if (sb.Length >= MaxKeyLength) break;
            var cat = char.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.Surrogate or UnicodeCategory.OtherSymbol) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
