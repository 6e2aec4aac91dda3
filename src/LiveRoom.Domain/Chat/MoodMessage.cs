namespace LiveRoom.Domain.Chat;

/// <summary>One message as <see cref="GroupMood"/> keeps it in its window.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.MoodMessage.v1")]
public sealed record MoodMessage(
    [property: Id(0)] string MessageId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Sender,
    [property: Id(3)] ChatRole Role,
    [property: Id(4)] MessageSignal Signal,
    [property: Id(5)] string? Text);
