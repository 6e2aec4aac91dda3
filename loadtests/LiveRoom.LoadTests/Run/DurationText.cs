using System.Globalization;

namespace LiveRoom.LoadTests.Run;

/// <summary>Durations as people type them: <c>90</c> or <c>90s</c>, <c>5m</c>, <c>1h</c>, or <c>00:05:00</c>.</summary>
public static class DurationText
{
    public static TimeSpan Parse(string text)
    {
        text = text.Trim();
        if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var exact) && text.Contains(':')) return Positive(exact, text);
        var unit = text.Length > 0 && char.IsLetter(text[^1]) ? text[^1] : 's';
        var number = char.IsLetter(unit) && text.Length > 0 && char.IsLetter(text[^1]) ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw new ArgumentException($"--duration: '{text}' is not a duration such as 90s, 5m or 1h");
        return Positive(unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => throw new ArgumentException($"--duration: unknown unit '{unit}' (s, m, h)"),
        }, text);
    }

    private static TimeSpan Positive(TimeSpan t, string text) =>
        t >= TimeSpan.FromSeconds(5) ? t : throw new ArgumentException($"--duration: '{text}' is shorter than 5 s");
}
