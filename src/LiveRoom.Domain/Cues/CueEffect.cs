using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Cues;

/// <summary>Per cue kind: how many acknowledged cues were measured and the group's counts before and after them.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.CueEffect.v1")]
public sealed record CueEffect(
    [property: Id(0)] CueKind Kind,
    [property: Id(1)] int Cues,
    [property: Id(2)] int SignupsBefore,
    [property: Id(3)] int SignupsAfter,
    [property: Id(4)] int OrdersBefore,
    [property: Id(5)] int OrdersAfter,
    [property: Id(6)] int MessagesBefore,
    [property: Id(7)] int MessagesAfter);
