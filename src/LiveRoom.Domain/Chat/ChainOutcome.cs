namespace LiveRoom.Domain.Chat;

public enum ChainOutcome
{
    /// <summary>The post became its chain's current state.</summary>
    Applied,
    /// <summary>This message id was applied before (webhook retry or replay): nothing changed.</summary>
    Duplicate,
    /// <summary>A newer post of the same chain is already applied (late delivery): nothing changed.</summary>
    Stale,
}
