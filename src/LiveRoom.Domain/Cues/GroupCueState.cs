namespace LiveRoom.Domain.Cues;

/// <summary>What the cue engine remembers about one group: cooldowns, rotation and handled triggers.</summary>
[GenerateSerializer, Alias("LiveRoom.GroupCueState.v1")]
public sealed class GroupCueState
{
    public const int MaxHandled = 256;

    [Id(0)] public Dictionary<CueRuleKind, DateTimeOffset> LastIssued { get; init; } = [];
    /// <summary>Round-robin position among the group's seeded members.</summary>
    [Id(1)] public int NextSeeded { get; set; }
    /// <summary>Negative and question message ids already handled (cued, or dropped during a cooldown).</summary>
    [Id(2)] public List<string> Handled { get; init; } = [];
    /// <summary>The group's order count when the last order-milestone cue was issued.</summary>
    [Id(3)] public int LastMilestoneOrders { get; set; }

    public bool IsHandled(string messageId) => Handled.Contains(messageId);

    public void MarkHandled(string messageId)
    {
        if (IsHandled(messageId)) return;
        Handled.Add(messageId);
        // Handled triggers older than the mood window no longer appear in snapshots: forgetting is safe.
        if (Handled.Count > MaxHandled) Handled.RemoveRange(0, Handled.Count - MaxHandled);
    }

    public bool CoolingDown(CueRule rule, DateTimeOffset now) =>
        LastIssued.TryGetValue(rule.Kind, out var last) && now - last < rule.Cooldown;
}
