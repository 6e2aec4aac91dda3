namespace LiveRoom.Domain.Chat;

/// <summary>One chat message as the group page's live feed shows it.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ChatLine.v1")]
public sealed record ChatLine(
    [property: Id(0)] string MessageId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Sender,
    [property: Id(3)] string Text,
    [property: Id(4)] bool Negative,
    [property: Id(5)] bool Question,
    [property: Id(6)] bool Chain);
