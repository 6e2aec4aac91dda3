namespace LiveRoom.Domain.Timeline;

public static class TimelineActors
{
    public const string System = "system";
}
