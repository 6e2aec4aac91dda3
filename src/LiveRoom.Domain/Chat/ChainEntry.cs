namespace LiveRoom.Domain.Chat;

/// <summary>One numbered line of a 接龙 post: who signed up and for how many.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ChainEntry.v1")]
public sealed record ChainEntry(
    [property: Id(0)] int Number,
    [property: Id(1)] string Name,
    [property: Id(2)] int Quantity,
    [property: Id(3)] string RawLine);
