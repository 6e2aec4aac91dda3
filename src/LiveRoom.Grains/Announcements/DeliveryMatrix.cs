
namespace LiveRoom.Grains.Announcements;

/// <summary>Groups × announcements; <see cref="Rows"/> in group order, one status per announcement column (null = not targeted).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryMatrix.v1")]
public sealed record DeliveryMatrix
{
    [Id(0)] public IReadOnlyList<Domain.Announcements.Announcement> Announcements { get; init; } = [];
    [Id(1)] public IReadOnlyList<DeliveryMatrixRow> Rows { get; init; } = [];
    [Id(2)] public IReadOnlyList<DeliveryRow> DeadLetters { get; init; } = [];
}
