using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Grains.Groups;

[GenerateSerializer, Immutable, Alias("LiveRoom.GroupDetail.v1")]
public sealed record GroupDetail(
    [property: Id(0)] GroupRegistration? Registration,
    [property: Id(1)] GroupStats Stats,
    [property: Id(2)] IReadOnlyList<SeriesPoint> Series,
    [property: Id(3)] string? Alert,
    [property: Id(4)] MoodSnapshot Mood,
    [property: Id(5)] IReadOnlyList<ChainRecord> Chains,
    [property: Id(6)] GroupWatch? Watch = null);
