namespace LiveRoom.Domain.Cues;

/// <summary>
/// Built-in 话术 per rule, used when a launch's rule file gives none. Written to be posted as-is by a
/// member; they deliberately do not repeat the negative message ({quote}) back into the chat.
/// </summary>
public static class DefaultScripts
{
    public static string For(CueRuleKind kind) => kind switch
    {
        CueRuleKind.SignupStall => "接龙+1！{sku}这个价太香了，我再来一份🙋 还没接的姐妹抓紧呀～",
        CueRuleKind.NegativeMessage => "我上次买的用着挺好的，正品有保障，有问题找群主都能处理，售后很到位👍",
        CueRuleKind.UnansweredQuestion => "看到有朋友问“{question}”，我来回答一下～",
        CueRuleKind.OrderMilestone => "刚下单了{sku}，付款超顺利！晒个单🎉 听说只剩{remaining}件了，想要的抓紧～",
        CueRuleKind.QuietGroup => "大家{sku}都打算买几份呀？我准备多囤两份送家里人😄",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Cooldowns that keep a group from being flooded: minutes for chat, longer for topics.</summary>
    public static TimeSpan Cooldown(CueRuleKind kind) => kind switch
    {
        CueRuleKind.SignupStall => TimeSpan.FromMinutes(5),
        CueRuleKind.NegativeMessage => TimeSpan.FromMinutes(2),
        CueRuleKind.UnansweredQuestion => TimeSpan.FromSeconds(60),
        CueRuleKind.OrderMilestone => TimeSpan.FromMinutes(3),
        CueRuleKind.QuietGroup => TimeSpan.FromMinutes(10),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
