namespace LiveRoom.Domain.Announcements;

/// <summary>The planner's answer for one notice in one group.</summary>
public enum DeliveryVerdict
{
    OnTime = 0,
    /// <summary>Lands after its time but within the plan's late window.</summary>
    Late = 1,
    /// <summary>Cannot reach the chat at all, or lands so late that its numbers are wrong.</summary>
    Impossible = 2,
}
