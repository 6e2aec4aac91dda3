using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Groups;

[GenerateSerializer, Immutable, Alias("LiveRoom.OrderRecord.v1")]
public sealed record OrderRecord(
    [property: Id(0)] string SkuId,
    [property: Id(1)] int Quantity,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] OrderStatus Status,
    [property: Id(4)] long Minute);
