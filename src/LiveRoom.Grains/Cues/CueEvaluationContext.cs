using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Cues;

[GenerateSerializer, Immutable, Alias("LiveRoom.CueEvaluationContext.v1")]
public sealed record CueEvaluationContext(
    [property: Id(0)] string? RulesJson,
    [property: Id(1)] int RulesVersion,
    [property: Id(2)] LaunchContext? Launch);
