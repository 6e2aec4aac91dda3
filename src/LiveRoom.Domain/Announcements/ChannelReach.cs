using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// Which channel reaches which kind of group (docs/delivery.md, "What reaches what", with the
/// sources). A pairing that cannot reach the chat is refused when the group is registered: a
/// countdown that shows as delivered but never reached the chat is the worst failure at T0.
/// </summary>
public static class ChannelReach
{
    /// <summary>Null when <paramref name="channel"/> reaches a group of <paramref name="kind"/>; else the reason's text code.</summary>
    public static string? Refusal(ChannelKind channel, GroupKind kind) => (channel, kind) switch
    {
        (_, GroupKind.Unspecified) => null,
        // The customer's own gateway decides how it reaches its groups: LiveRoom trusts its receipts.
        (ChannelKind.Webhook, _) => null,
        // WeCom documents the group robot for internal groups; customer groups are reached by 客户群群发.
        (ChannelKind.WeCom, GroupKind.WeComInternal) => null,
        (ChannelKind.WeCom, _) => "reach.robot_internal_only",
        // The inbox is LiveRoom's own page: nobody in a real chat reads it.
        (ChannelKind.Inbox, _) => "reach.inbox_not_chat",
        _ => null,
    };
}
