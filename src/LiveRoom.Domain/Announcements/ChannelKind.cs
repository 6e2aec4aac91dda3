namespace LiveRoom.Domain.Announcements;

/// <summary>How an announcement reaches a group's chat.</summary>
public enum ChannelKind
{
    /// <summary>Built-in: stored per group and shown on the dashboard (demo, tests, groups without a bot).</summary>
    Inbox = 0,
    /// <summary>Generic signed webhook to a group-bot gateway (docs/delivery.md).</summary>
    Webhook = 1,
    /// <summary>WeCom group robot (企业微信群机器人) webhook URL.</summary>
    WeCom = 2,
    /// <summary>
    /// No machine can post (a personal WeChat group): each notice becomes a "due" item on the phone
    /// page of the group's owner and assistants, who post it by hand and tap 已发 (docs/delivery.md).
    /// </summary>
    StaffPost = 3,
}

public static class ChannelLimits
{
    /// <summary>WeCom rejects text messages over 2,048 bytes of UTF-8.</summary>
    public const int WeComTextBytes = 2_048;
    /// <summary>WeCom allows at most 20 messages a minute per robot.</summary>
    public const int WeComPerMinute = 20;
    /// <summary>Our own limit for the webhook and inbox, so a runaway template cannot flood a gateway.</summary>
    public const int GenericTextBytes = 8_192;

    public static int MaxBytes(ChannelKind kind) => kind == ChannelKind.WeCom ? WeComTextBytes : GenericTextBytes;
}
