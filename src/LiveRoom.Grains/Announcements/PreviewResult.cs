using LiveRoom.Domain.Announcements;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Announcements;

[GenerateSerializer, Immutable, Alias("LiveRoom.PreviewResult.v1")]
public sealed record PreviewResult(
    [property: Id(0)] string? Text,
    [property: Id(1)] IReadOnlyList<string> Errors,
    [property: Id(2)] int Bytes);
