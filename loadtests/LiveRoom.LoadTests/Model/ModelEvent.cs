namespace LiveRoom.LoadTests.Model;

/// <summary>What a member does, in the launch model's words (each becomes one LiveRoom event).</summary>
public enum ModelKind : byte
{
    PageView,
    /// <summary>A 接龙 post: the group's chain repeated with one more line (a chat message).</summary>
    ChainPost,
    Chat,
    Order,
    Refund,
    Join,
    Leave,
}

/// <summary>
/// One event of the script, kept small (millions of them): when (ms from the run's start), what,
/// in which group, by which member, and <see cref="Arg"/> — the visit number for page views, the
/// chain's length for a 接龙 post, the line index for chat, the order index for orders and refunds.
/// </summary>
public readonly record struct ModelEvent(long AtMs, ModelKind Kind, int Group, int Member, int Arg);
