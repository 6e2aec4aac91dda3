namespace LiveRoom.Domain.Groups;

/// <summary>Brings a snapshot written by an older LiveRoom to the current form of <see cref="GroupState"/>.</summary>
public static class GroupStateUpgrade
{
    /// <summary>
    /// Old snapshots kept every event id in a set; their order is lost, so the newest ids may not be
    /// the ones kept when there are more than the window holds (a retry that old is not expected).
    /// </summary>
    public static void MoveSeenIds(GroupState state)
    {
        foreach (var id in state.SeenEventIds) state.RecentEventIds.Add(id);
        state.SeenEventIds.Clear();
    }
}
