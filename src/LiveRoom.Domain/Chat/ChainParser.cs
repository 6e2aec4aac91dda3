namespace LiveRoom.Domain.Chat;

/// <summary>
/// Reads a chat message as a 接龙 post (docs/chat.md): a header line (<c>#接龙</c>, <c>＃接龙</c>,
/// <c>#接龍</c>, or a bare <c>接龙</c>), title line(s), an optional <c>例</c> example line, then
/// numbered entries, each with a quantity read by <see cref="ChainQuantity"/>. Lines are matched
/// after <see cref="Fold"/> (full-width and Traditional to the forms the rules are written in), and
/// names and titles are cut from the raw text. Chat text is hostile input typed by thousands of
/// people, so the parser never throws: anything it cannot read is ordinary chat and yields null.
/// </summary>
public static class ChainParser
{
    /// <summary>Longer texts are read only this far: a real chain of 500 entries fits comfortably.</summary>
    public const int MaxTextLength = 40_000;
    public const int MaxEntries = 500;
    public const int MaxQuantity = 999;
    public const int MaxNameLength = 64;
    public const int MaxTitleLength = 200;

    public static ChainPost? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return ParseCore(text.Length > MaxTextLength ? text[..MaxTextLength] : text);
        }
        catch (Exception)
        {
            // Last line of defence: a parser bug must cost one chat message its chain reading,
            // never the ingestion batch it arrived in.
            return null;
        }
    }

    private static ChainPost? ParseCore(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var i = 0;
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i])) i++;
        if (i == lines.Length) return null;

        if (!TryReadHeader(Fold(lines[i]).Trim(), lines[i], out var explicitHeader, out var headerTitle)) return null;
        i++;

        var titleLines = new List<string>();
        if (headerTitle.Length > 0) titleLines.Add(headerTitle);
        var entries = new List<ChainEntry>();
        var seenEntry = false;

        for (; i < lines.Length; i++)
        {
            var raw = lines[i];
            var folded = Fold(raw);
            if (string.IsNullOrWhiteSpace(folded)) continue;

            if (TryReadEntryLine(folded, out var number, out var bodyStart))
            {
                seenEntry = true;
                if (entries.Count >= MaxEntries) break;
                var entry = ReadEntry(number, raw[bodyStart..], folded[bodyStart..], raw.Trim());
                if (entry is not null) entries.Add(entry);
                continue;
            }

            // Lines after the first entry are remarks ("截止今晚8点", "大家抓紧"); they never count.
            if (seenEntry) continue;
            if (folded.TrimStart().StartsWith('例')) continue;
            titleLines.Add(raw.Trim());
        }

        // A bare "接龙" is also ordinary chat ("接龙在哪"), so without '#' only entries make it a chain.
        if (!explicitHeader && entries.Count == 0) return null;
        if (titleLines.Count == 0 && entries.Count == 0) return null;

        var title = titleLines.Count > 0 ? Clip(titleLines[0], MaxTitleLength) : "";
        var description = titleLines.Count > 1 ? Clip(string.Join(" ", titleLines.Skip(1)), MaxTitleLength) : null;
        return new ChainPost { Title = title, Description = description, Entries = entries };
    }

    private static bool TryReadHeader(string folded, string raw, out bool explicitHeader, out string title)
    {
        explicitHeader = false;
        title = "";
        string rest;
        if (folded.StartsWith("#接龙", StringComparison.Ordinal))
        {
            explicitHeader = true;
            rest = folded[3..];
        }
        else if (folded.StartsWith("接龙", StringComparison.Ordinal))
        {
            rest = folded[2..];
            if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]) && rest[0] is not (':' or '#' or ',')) return false;
        }
        else return false;

        // "#接龙 周四福利" and "#接龙#周四福利": the rest of the header line is the title.
        var trimmed = rest.TrimStart(' ', '\t', ':', '#', ',').TrimEnd();
        if (trimmed.Length > 0)
        {
            // Fold is char-for-char, so the same tail of the raw line is the title as written.
            var rawTrimmed = raw.Trim();
            title = Clip(rawTrimmed[^Math.Min(trimmed.Length, rawTrimmed.Length)..], MaxTitleLength);
        }
        return true;
    }

    private static ChainEntry? ReadEntry(int number, string body, string foldedBody, string rawLine)
    {
        if (number <= 0) return null;
        var q = ChainQuantity.Find(foldedBody);
        string name;
        int quantity;
        if (q is { Start: 0 } leading)
        {
            // "+1 Amy", "2盒 李姐": the name is the first word after the quantity.
            name = FirstWord(body[leading.End..]);
            quantity = leading.Value;
        }
        else if (q is { } found)
        {
            name = body[..found.Start];
            quantity = found.Value;
        }
        else
        {
            // No quantity means one; the name is the first word, anything after it is a remark.
            name = FirstWord(body);
            quantity = 1;
        }
        name = name.Trim().TrimEnd(NameTrailers).Trim();
        if (name.Length == 0) return null;
        return new ChainEntry(number, Clip(name, MaxNameLength), quantity, Clip(rawLine, MaxTitleLength));
    }

    private static string FirstWord(string s)
    {
        var trimmed = s.Trim().TrimStart(WordBreaks);
        var space = trimmed.IndexOfAny(WordBreaks);
        return space < 0 ? trimmed : trimmed[..space];
    }

    // Static, not literals at the call: these run for every entry line of every post.
    // A comma ends the name too: 李姐，谢谢 is 李姐 with a remark.
    private static readonly char[] WordBreaks = [' ', '\t', '\u3000', ',', '，'];
    private static readonly char[] NameTrailers = [',', '，', '-', ':', '：', '/', '、'];

    /// <summary>
    /// Full-width ASCII (１．＃×＋（）) to ASCII, the ideographic space to a space and the Traditional
    /// characters the reading depends on to Simplified (<see cref="TraditionalChinese"/>: 接龍, 兩盒,
    /// 2個), one char for one char so that positions in the folded line are positions in the raw
    /// line. A line with nothing to fold is returned as it is: no copy for most lines.
    /// </summary>
    internal static string Fold(string s)
    {
        var first = IndexOfFoldable(s);
        if (first < 0) return s;
        return string.Create(s.Length, (s, first), static (chars, state) =>
        {
            state.s.AsSpan().CopyTo(chars);
            for (var i = state.first; i < chars.Length; i++) chars[i] = FoldChar(chars[i]);
        });
    }

    private static char FoldChar(char c) =>
        c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : TraditionalChinese.Fold(c);

    private static int IndexOfFoldable(string s)
    {
        for (var i = 0; i < s.Length; i++)
            if (FoldChar(s[i]) != s[i]) return i;
        return -1;
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];

    /// <summary>
    /// An entry line after folding: "1." "1、" "1)" "(1)" "1:" (1–4 digits), not a time such as
    /// "12:30"; <paramref name="bodyStart"/> is where the text after the number and its spaces
    /// begins. Read by hand, not by regex: it runs on every line of every 接龙 post, and the regex's
    /// match objects were the parser's largest cost at 20,000 messages/s. It matches exactly what
    /// <see cref="EntryLinePattern"/> matches (a test holds the two together).
    /// </summary>
    internal static bool TryReadEntryLine(string folded, out int number, out int bodyStart)
    {
        number = 0;
        bodyStart = 0;
        var i = SkipSpaces(folded, 0);
        if (i == folded.Length) return false;
        var parenthesised = folded[i] == '(';
        if (parenthesised) i = SkipSpaces(folded, i + 1);
        var digits = i;
        while (i < folded.Length && char.IsDigit(folded[i])) i++;
        if (i - digits is < 1 or > 4) return false;
        var digitsEnd = i;
        i = SkipSpaces(folded, i);
        if (i == folded.Length) return false;
        if (parenthesised ? folded[i] != ')' : folded[i] is not ('.' or '、' or ')' or ':')) return false;
        i++;
        if (!parenthesised && i < folded.Length && char.IsDigit(folded[i])) return false;
        // Unicode digits other than ASCII throw here, as they did from the regex's int.Parse: the
        // post is then read as chat (Parse's last line of defence).
        number = int.Parse(folded.AsSpan(digits, digitsEnd - digits));
        bodyStart = SkipSpaces(folded, i);
        return true;
    }

    /// <summary>The entry-line grammar that <see cref="TryReadEntryLine"/> implements.</summary>
    internal const string EntryLinePattern = @"^\s*(?:\(\s*(\d{1,4})\s*\)|(\d{1,4})\s*[.、):](?!\d))\s*(.*)$";

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        return i;
    }
}
