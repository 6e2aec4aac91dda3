namespace LiveRoom.Domain.Ingestion;

public enum OrderStatus
{
    Paid,
    Refunded,
    Cancelled,
}
