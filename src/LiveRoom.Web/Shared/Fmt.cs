using System.Globalization;

namespace LiveRoom.Web.Shared;

/// <summary>Number and time formats of the dashboard, in the current culture.</summary>
public static class Fmt
{
    public static string N(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Money(decimal value) => "¥" + value.ToString(value >= 1000 ? "N0" : "N2", CultureInfo.CurrentCulture);

    public static string Percent(double ratio) => ratio.ToString("P1", CultureInfo.CurrentCulture);

    /// <summary>"02:13:07", with days in front when needed ("3d 04:00:00").</summary>
    public static string Clock(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = span.Negate();
        var hms = $"{(int)span.TotalHours % 24:00}:{span.Minutes:00}:{span.Seconds:00}";
        return span.TotalDays >= 1 ? $"{(int)span.TotalDays}d {hms}" : hms;
    }

    /// <summary>A short age such as "12s", "4m", "2h"; the caller wraps it in "… ago".</summary>
    public static string Age(TimeSpan span) => span.TotalSeconds switch
    {
        < 1 => "0s",
        < 60 => $"{(int)span.TotalSeconds}s",
        < 3600 => $"{(int)span.TotalMinutes}m",
        < 86400 => $"{(int)span.TotalHours}h",
        _ => $"{(int)span.TotalDays}d",
    };

    /// <summary>The instant in the launch's own time zone, which is how the team plans it.</summary>
    public static string InZone(DateTimeOffset at, string timeZone) =>
        ToZone(at, timeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static DateTime ToZone(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var tz) ? TimeZoneInfo.ConvertTime(at, tz).DateTime : at.UtcDateTime;

    /// <summary>A wall-clock time typed in the launch's zone, back to an instant.</summary>
    public static DateTimeOffset FromZone(DateTime local, string timeZone)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var tz)) tz = TimeZoneInfo.Utc;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, tz.GetUtcOffset(unspecified));
    }
}
