namespace LiveRoom.LoadTests.Wire;

/// <summary>How an event reaches LiveRoom, as in a real launch; latency and errors are reported per channel.</summary>
public enum Channel
{
    /// <summary>The shop's order webhook: one order (or refund) per POST /events.</summary>
    Order,
    /// <summary>Sale-page beacons, collected and sent as batches to /events/batch.</summary>
    Beacon,
    /// <summary>The group bot: chat (接龙 posts included), joins and leaves, signed, to /bot/events.</summary>
    Bot,
    /// <summary>Chaos: broken webhooks LiveRoom must refuse (4xx) and never count.</summary>
    Malformed,
}

/// <summary>The ways a malformed webhook is broken.</summary>
public enum Malformation
{
    BrokenJson,
    MissingOrderId,
    ZeroQuantity,
    UnknownGroup,
    UnknownType,
    BadSignature,
}
