namespace LiveRoom.Domain.Ingestion;

public enum EventKind
{
    PageView,
    Order,
    Restock,
    MemberJoined,
    MemberLeft,
    ChatMessage,
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
    };

    public static string WireName(this EventKind kind) => kind switch
    {
        EventKind.PageView => "page_view",
        EventKind.Order => "order",
        EventKind.Restock => "restock",
        EventKind.MemberJoined => "member_joined",
        EventKind.MemberLeft => "member_left",
        EventKind.ChatMessage => "chat_message",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Traffic is counted approximately (may lose one flush interval on a crash, DESIGN.md principle 4);
    /// everything else is a business event that is durable before it is acknowledged.
    /// </summary>
    public static bool IsTraffic(this EventKind kind) => kind == EventKind.PageView;
}
