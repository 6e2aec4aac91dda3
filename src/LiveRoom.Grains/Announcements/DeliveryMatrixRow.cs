using LiveRoom.Domain.Announcements;

namespace LiveRoom.Grains.Announcements;

[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryMatrixRow.v1")]
public sealed record DeliveryMatrixRow(
    [property: Id(0)] string GroupId,
    [property: Id(1)] string GroupName,
    [property: Id(2)] IReadOnlyList<DeliveryStatus?> Cells,
    [property: Id(3)] IReadOnlyList<StaffPostMark?>? Marks = null);
