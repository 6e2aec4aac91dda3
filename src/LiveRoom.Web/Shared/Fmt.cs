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

    // Every time shown for a launch goes through the helpers below with the launch's own zone
    // (LaunchDefinition.TimeZone), never the server's or the browser's: the team plans a launch in
    // its zone, and a server in UTC or an operator abroad must still read "20:00" for a 20:00 T0.
    // The page says the zone once (ZoneNote); the times themselves carry no zone suffix.

    /// <summary>"2026-12-08 20:00:00" in the launch's zone.</summary>
    public static string InZone(DateTimeOffset at, string timeZone) =>
        ToZone(at, timeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"20:00:00" in the launch's zone: for lists within one launch day.</summary>
    public static string TimeInZone(DateTimeOffset at, string timeZone) =>
        ToZone(at, timeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"12-08 20:00:00" in the launch's zone: for lists that can span days.</summary>
    public static string DayTimeInZone(DateTimeOffset at, string timeZone) =>
        ToZone(at, timeZone).ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>For what belongs to no launch (security log, playbook edits): UTC, and the page says so.</summary>
    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The zone's wall clock; an unknown zone falls back to UTC (the validator refuses unknown zones on save).</summary>
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
