using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>The LiveRoom order status of a <see cref="MessageMeaning"/>; null for one that changes no sale.</summary>
public static class MessageMeanings
{
    public static OrderStatus? Status(this MessageMeaning meaning) => meaning switch
    {
        MessageMeaning.Paid => OrderStatus.Paid,
        MessageMeaning.Cancelled => OrderStatus.Cancelled,
        MessageMeaning.Refunded => OrderStatus.Refunded,
        _ => null,
    };
}
