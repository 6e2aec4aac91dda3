using System.Globalization;

namespace LiveRoom.Domain.Chat;

/// <summary>
/// Finds the quantity in the body of a 接龙 entry line (after <see cref="ChainParser.Fold"/>): the rules
/// of docs/chat.md, "Quantities". A number is a quantity when it is marked (<c>x2</c>, <c>×2</c>,
/// <c>+1</c>), followed by a measure word (<c>2盒</c>, <c>2 盒</c>, <c>两袋</c>), or a word of its own
/// (<c>Lily 2 boxes</c>); digits inside a name (<c>小雨123</c>, <c>Amy88</c>, <c>小雨2号</c>) are not.
/// <para>
/// Any CJK character after digits is taken as the measure word, because groups sell in every unit
/// there is (盒 袋 管 提 桶 支 …) and a fixed list missed real ones; the few characters that make a
/// number something else (2号, 8点, 5栋, 3岁, 99元, 8折, 1万) are refused instead. Chinese numerals
/// are also parts of names (李四, 三姐, 小二), so after them only the common measure words count.
/// </para>
/// Read by hand in one pass, no allocation: it runs on every entry line of every 接龙 post, and
/// each post repeats the whole chain.
/// </summary>
internal static class ChainQuantity
{
    /// <summary>
    /// Characters after digits that make the number something else: a date or time, an address, a
    /// price, an age, a discount, a large number, or part of a name (小雨2姐, 宝妈3群, 520宝贝).
    /// </summary>
    private const string NotMeasures = "号点时分秒月日年岁周天楼栋幢层室区期班群元块毛角折万千百亿第姐哥妹弟妈爸宝叔姨";

    /// <summary>Measure words accepted after a Chinese numeral (folded to Simplified).</summary>
    private const string NumeralMeasures = "盒件份个瓶套支袋箱罐组只单包斤张本条片双对提桶杯听颗卷串束台把根枚副盆盘管";

    /// <summary>Punctuation that may end a bare number (<c>李姐 2，周五自提</c>).</summary>
    private const string BareEnders = ",.!?;~，。！？；、)）】]";

    /// <summary>Punctuation that may start a number as a word of its own (<c>李姐-2</c>, <c>李姐:2</c>).</summary>
    private const string WordStarters = ",，、:：/-(（[【";

    /// <summary>A quantity found at <paramref name="Start"/>..<paramref name="End"/>, with its value.</summary>
    internal readonly record struct Found(int Start, int End, int Value, bool Bare);

    /// <summary>
    /// The first quantity in <paramref name="s"/> that has a name before it; or, when the line starts
    /// with a marked or measured quantity (<c>+1 Amy</c>, <c>2盒 李姐</c>), that one with
    /// <see cref="Found.Start"/> 0 and the name after it.
    /// </summary>
    public static Found? Find(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var found = TryAt(s, i);
            if (found is not { } f) continue;
            if (f.Value is < 1 or > ChainParser.MaxQuantity) { i = f.End - 1; continue; }
            if (f.Start > 0) return f;
            // A leading bare number is a name (520, 007); a leading marked or measured one ends at a
            // space and needs a name after it (+1 Amy, 2盒 李姐), else it starts the name (520宝贝).
            if (!f.Bare && f.End < s.Length && char.IsWhiteSpace(s[f.End]) && !s[f.End..].IsWhiteSpace()) return f;
            i = f.End - 1;
        }
        return null;
    }

    private static Found? TryAt(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (c is 'x' or 'X' or '×' or '*' or '+' or '✖') return Marked(s, i);
        if (char.IsAsciiDigit(c) && (i == 0 || !char.IsAsciiDigit(s[i - 1]))) return Digits(s, i);
        if (ChineseNumerals.IsNumeralChar(c) && (i == 0 || !ChineseNumerals.IsNumeralChar(s[i - 1]))) return Numeral(s, i);
        return null;
    }

    /// <summary><c>x2</c>, <c>× 2</c>, <c>+1</c>; an x right after a Latin letter is part of a word (Max2, Rex).</summary>
    private static Found? Marked(ReadOnlySpan<char> s, int i)
    {
        if (i > 0 && char.IsAsciiLetter(s[i - 1])) return null;
        var j = i + 1;
        while (j < s.Length && (char.IsWhiteSpace(s[j]) || s[j] == '\uFE0F')) j++;
        var digits = j;
        while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
        if (j - digits is < 1 or > 4) return null;
        return new Found(i, j, int.Parse(s[digits..j], CultureInfo.InvariantCulture), false);
    }

    private static Found? Digits(ReadOnlySpan<char> s, int i)
    {
        var j = i;
        while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
        if (j - i > 4) return new Found(i, j, 0, true); // a phone or order number: skipped whole
        // Part of a larger number: 2.5, 12:30, 138-0013, 1/2; or an ordinal (第2).
        if (i >= 2 && s[i - 1] is '.' or ':' or '/' or '-' && char.IsAsciiDigit(s[i - 2])) return null;
        if (i >= 1 && s[i - 1] == '第') return null;
        if (j + 1 < s.Length && s[j] is '.' or ':' or '/' && char.IsAsciiDigit(s[j + 1])) return null;

        // A leading zero makes a code or a name (宝妈007, 01号), not a count.
        if (s[i] == '0' && j - i > 1) return null;

        var value = int.Parse(s[i..j], CultureInfo.InvariantCulture);
        var wordStart = i == 0 || char.IsWhiteSpace(s[i - 1]) || WordStarters.Contains(s[i - 1]);
        if (j < s.Length && IsMeasure(s[j]))
            return NotMeasures.Contains(s[j]) || IsFlatUnit(s, j) ? null : new Found(i, j + 1, value, false);
        if (wordStart)
        {
            // A word of its own (李姐 2, Lily 2 boxes, 李姐 2，自提) or with a Latin unit (2pcs, 2boxes).
            if (j == s.Length || char.IsWhiteSpace(s[j]) || BareEnders.Contains(s[j]) || IsSymbol(s[j]))
                return new Found(i, j, value, true);
            if (char.IsAsciiLetter(s[j])) return new Found(i, j, value, false);
            return null;
        }
        // Glued to the name, so it needs its measure word. After a space (李姐2 盒) only a common one
        // or one that stands alone, since a remark may follow a name with digits (宝妈7 自提).
        var k = j;
        while (k < s.Length && char.IsWhiteSpace(s[k])) k++;
        if (k == j || k == s.Length || !IsMeasure(s[k]) || NotMeasures.Contains(s[k]) || IsFlatUnit(s, k)) return null;
        var alone = k + 1 == s.Length || !IsMeasure(s[k + 1]);
        return NumeralMeasures.Contains(s[k]) || alone ? new Found(i, k + 1, value, false) : null;
    }

    /// <summary>两盒, 十二份, 三 件; only with a common measure word, since numerals are in names too.</summary>
    private static Found? Numeral(ReadOnlySpan<char> s, int i)
    {
        var j = i;
        while (j < s.Length && ChineseNumerals.IsNumeralChar(s[j])) j++;
        if (ChineseNumerals.Parse(s[i..j]) is not { } value) return null;
        var wordStart = i == 0 || char.IsWhiteSpace(s[i - 1]) || WordStarters.Contains(s[i - 1]);
        var k = j;
        if (wordStart) while (k < s.Length && char.IsWhiteSpace(s[k])) k++;
        return k < s.Length && NumeralMeasures.Contains(s[k]) ? new Found(i, k + 1, value, false) : null;
    }

    /// <summary>A CJK ideograph other than a numeral: what a measure word is written with.</summary>
    private static bool IsMeasure(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
        && !ChineseNumerals.IsNumeralChar(c);

    /// <summary>单元 (a flat's unit: 2单元), not 单 (orders: 2单).</summary>
    private static bool IsFlatUnit(ReadOnlySpan<char> s, int at) => s[at] == '单' && at + 1 < s.Length && s[at + 1] == '元';

    /// <summary>Emoji and other symbols after a bare number (李姐 2🌸).</summary>
    private static bool IsSymbol(char c) =>
        char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol;
}
