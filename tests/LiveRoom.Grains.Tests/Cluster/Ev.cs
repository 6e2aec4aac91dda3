using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Grains.Tests.Cluster;

/// <summary>Validated events, as the ingestion API hands them to the cluster.</summary>
public static class Ev
{
    public static LaunchEvent PageView(string id, string group, string visitor, DateTimeOffset? at = null) =>
        new() { Kind = EventKind.PageView, Id = id, GroupId = group, VisitorId = visitor, At = at ?? DateTimeOffset.UtcNow };

    public static LaunchEvent Order(string id, string group, string orderId, OrderStatus status, int quantity = 1, decimal amount = 99m, string sku = "sku-1", DateTimeOffset? at = null) =>
        new()
        {
            Kind = EventKind.Order, Id = id, GroupId = group, OrderId = orderId, SkuId = sku,
            Quantity = quantity, Amount = amount, Status = status, At = at ?? DateTimeOffset.UtcNow,
        };

    public static LaunchEvent Restock(string id, string sku, int quantity) =>
        new() { Kind = EventKind.Restock, Id = id, SkuId = sku, Quantity = quantity, At = DateTimeOffset.UtcNow };

    public static LaunchEvent Joined(string id, string group, string member) =>
        new() { Kind = EventKind.MemberJoined, Id = id, GroupId = group, MemberId = member, At = DateTimeOffset.UtcNow };

    public static LaunchEvent Left(string id, string group, string member) =>
        new() { Kind = EventKind.MemberLeft, Id = id, GroupId = group, MemberId = member, At = DateTimeOffset.UtcNow };

    public static LaunchEvent Chat(string id, string group, string member = "m", string text = "来了", DateTimeOffset? at = null) =>
        new() { Kind = EventKind.ChatMessage, Id = id, GroupId = group, MemberId = member, Text = text, At = at ?? DateTimeOffset.UtcNow };
}
