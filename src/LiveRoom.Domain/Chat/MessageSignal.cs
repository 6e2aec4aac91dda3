namespace LiveRoom.Domain.Chat;

/// <summary>What one chat message says about the mood: negative (and why) and/or a question.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.MessageSignal.v1")]
public sealed record MessageSignal(
    [property: Id(0)] bool Negative,
    [property: Id(1)] string? NegativeTerm,
    [property: Id(2)] bool Question)
{
    public static MessageSignal None { get; } = new(false, null, false);
}
