namespace LiveRoom.Domain.Chat;

/// <summary>What one chat message did to its group: a 接龙 update, a mood signal, maybe a spike alert.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ChatReceipt.v1")]
public sealed record ChatReceipt
{
    /// <summary>Set when the message was a 接龙 post (whatever its outcome).</summary>
    [Id(0)] public ChainUpdate? Chain { get; init; }
    [Id(1)] public MessageSignal Signal { get; init; } = MessageSignal.None;
    /// <summary>Set once, on the message that started a negative spike: alert the group and the launch.</summary>
    [Id(2)] public NegativeSpike? Spike { get; init; }
}
