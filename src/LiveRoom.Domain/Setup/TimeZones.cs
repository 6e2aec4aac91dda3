namespace LiveRoom.Domain.Setup;

public static class TimeZones
{
    /// <summary>
    /// The zone a NEW launch starts with (the teams plan in Beijing time). The only place a zone is
    /// written down (besides the demo): everything shown for a launch uses the launch's own zone.
    /// </summary>
    public const string Default = "Asia/Shanghai";

    public static bool IsKnown(string? id) => !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
