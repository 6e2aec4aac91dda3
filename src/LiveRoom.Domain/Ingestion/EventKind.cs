namespace LiveRoom.Domain.Ingestion;

public enum EventKind
{
    PageView,
    Order,
    Restock,
    MemberJoined,
    MemberLeft,
    ChatMessage,
    /// <summary>The sale page failed (a script error, a rejected promise, a failed checkout call): sent by the beacon.</summary>
    PageError,
    /// <summary>
    /// The platform dismissed the group's chat. Only sources make it (WeCom's 客户群解散), so it has a
    /// wire name for metrics and exports but is not in <see cref="EventKinds.ByWireName"/>: the
    /// ingestion API cannot send it.
    /// </summary>
    GroupDismissed,
}

public static class EventKinds
{
    /// <summary>Wire names, as they appear in the <c>type</c> field of the ingestion API.</summary>
    public static readonly IReadOnlyDictionary<string, EventKind> ByWireName = new Dictionary<string, EventKind>(StringComparer.Ordinal)
    {
        ["page_view"] = EventKind.PageView,
        ["order"] = EventKind.Order,
        ["restock"] = EventKind.Restock,
        ["member_joined"] = EventKind.MemberJoined,
        ["member_left"] = EventKind.MemberLeft,
        ["chat_message"] = EventKind.ChatMessage,
        ["page_error"] = EventKind.PageError,
    };

    public static string WireName(this EventKind kind) => kind switch
    {
        EventKind.PageView => "page_view",
        EventKind.Order => "order",
        EventKind.Restock => "restock",
        EventKind.MemberJoined => "member_joined",
        EventKind.MemberLeft => "member_left",
        EventKind.ChatMessage => "chat_message",
        EventKind.PageError => "page_error",
        EventKind.GroupDismissed => "group_dismissed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Traffic is counted approximately (may lose one flush interval on a crash, principle 4 in docs/architecture.md);
    /// everything else is a business event that is durable before it is acknowledged. Page errors
    /// are traffic too: counted per minute like page views, never one grain call each.
    /// </summary>
    public static bool IsTraffic(this EventKind kind) => kind is EventKind.PageView or EventKind.PageError;
}
