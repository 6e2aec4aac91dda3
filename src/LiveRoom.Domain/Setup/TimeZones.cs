namespace LiveRoom.Domain.Setup;

public static class TimeZones
{
    public static bool IsKnown(string? id) => !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
