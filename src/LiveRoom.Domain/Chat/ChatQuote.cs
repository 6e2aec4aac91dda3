namespace LiveRoom.Domain.Chat;

/// <summary>A chat message worth pointing at: a negative one (with its <see cref="Term"/>) or an open question.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ChatQuote.v1")]
public sealed record ChatQuote(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string Sender,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Term = null);
