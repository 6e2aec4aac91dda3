namespace LiveRoom.Domain.Chat;

/// <summary>An alert: a group's negatives jumped above its own baseline. Raised once per spike.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.NegativeSpike.v1")]
public sealed record NegativeSpike(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int Negatives,
    [property: Id(2)] TimeSpan Within,
    [property: Id(3)] double BaselinePerWindow,
    [property: Id(4)] IReadOnlyList<ChatQuote> Quotes);
