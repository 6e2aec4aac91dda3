namespace LiveRoom.Domain.Groups;

/// <summary>
/// What kind of chat a group is: it decides which delivery channel can reach it at all
/// (<see cref="Announcements.ChannelReach"/>). Unspecified keeps older registrations and the demo
/// valid: every channel is allowed, and the planner says so.
/// </summary>
public enum GroupKind
{
    Unspecified = 0,
    /// <summary>企业微信内部群: employees only.</summary>
    WeComInternal = 1,
    /// <summary>企业微信客户群 (外部群): an employee owns it, WeChat users are in it.</summary>
    WeComCustomer = 2,
    /// <summary>个人微信群 run by staff: no API reaches it.</summary>
    WeChatPersonal = 3,
}
