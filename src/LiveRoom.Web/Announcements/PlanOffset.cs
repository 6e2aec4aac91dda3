using System.Globalization;
using System.Text.RegularExpressions;
using LiveRoom.Domain.Announcements;

namespace LiveRoom.Web.Announcements;

/// <summary>
/// A plan entry's offset from T0 as an operator writes it: <c>T-10s</c>, <c>T-2m</c>, <c>T+1h</c>,
/// <c>T0</c>, also <c>T-1h30m</c>. A bare number is minutes (<c>-10</c>), what the editor took before,
/// so an offset is never shown or typed as a fraction of a minute (<c>-0.1666…</c>).
/// </summary>
public static partial class PlanOffset
{
    /// <summary>The same label the plan timeline and the delivery matrix show.</summary>
    public static string Format(TimeSpan offset) => ScheduleEntry.OffsetLabel(offset);

    public static bool TryParse(string? text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var m = Shape().Match(text ?? "");
        if (!m.Success) return false;
        var negative = m.Groups["sign"].Value is "-" or "−";
        var body = m.Groups["body"].Value;
        if (double.TryParse(body, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var minutes))
        {
            offset = TimeSpan.FromMinutes(negative ? -minutes : minutes);
            return true;
        }
        var total = TimeSpan.Zero;
        var parts = Part().Matches(body);
        if (parts.Count == 0 || string.Concat(parts.Select(p => p.Value)) != body) return false;
        foreach (Match p in parts)
        {
            var n = double.Parse(p.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += p.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "h" => TimeSpan.FromHours(n),
                "m" => TimeSpan.FromMinutes(n),
                _ => TimeSpan.FromSeconds(n),
            };
        }
        offset = negative ? -total : total;
        return true;
    }

    [GeneratedRegex(@"^\s*(?:[Tt]\s*)?(?<sign>[-+−])?\s*(?<body>[0-9][0-9.hmsHMS]*)\s*$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"(?<n>[0-9]+(?:\.[0-9]+)?)(?<unit>[hmsHMS])")]
    private static partial Regex Part();
}
