namespace LiveRoom.Domain.Chat;

/// <summary>
/// Small Chinese numerals as people type quantities (两盒, 三件, 十二份). Only 1–99: a chain entry
/// larger than that is not something anyone writes in words. 兩 (Traditional) reads as 两.
/// </summary>
public static class ChineseNumerals
{
    public const string Digits = "零一二两兩三四五六七八九十";

    public static bool IsNumeralChar(char c) => Digits.Contains(c);

    /// <summary>The value of <paramref name="s"/>, or null when it is not a numeral in 1–99.</summary>
    public static int? Parse(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 3) return null;
        var ten = s.IndexOf('十');
        if (ten < 0) return s.Length == 1 ? Digit(s[0]) is int d and > 0 ? d : null : null;
        if (s[(ten + 1)..].IndexOf('十') >= 0) return null;
        int tens = 1, units = 0;
        if (ten == 1) { if (Digit(s[0]) is not int t || t < 2) return null; tens = t; }
        else if (ten != 0) return null;
        var rest = s[(ten + 1)..];
        if (rest.Length == 1) { if (Digit(rest[0]) is not int u || u == 0) return null; units = u; }
        else if (rest.Length > 1) return null;
        return tens * 10 + units;
    }

    private static int? Digit(char c) => c switch
    {
        '零' => 0, '一' => 1, '二' or '两' or '兩' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => null,
    };
}
