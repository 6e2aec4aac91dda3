namespace LiveRoom.Web.Hosting;

/// <summary>Top-level settings (section "LiveRoom"); see docs/configuration.md.</summary>
public sealed class LiveRoomOptions
{
    public const string Section = "LiveRoom";

    /// <summary>Redis connection for the durable, distributed mode. Empty: embedded, in memory, not persisted.</summary>
    public string? Redis { get; set; }

    /// <summary>What this process does in the cluster.</summary>
    public NodeRole Role { get; set; } = NodeRole.All;

    public OrleansEndpoints Orleans { get; set; } = new();

    public bool IsPersistent => !string.IsNullOrWhiteSpace(Redis);

    public bool HostsSilo => Role is NodeRole.All or NodeRole.Silo;

    public bool ServesWeb => Role is NodeRole.All or NodeRole.Web;

    /// <summary>Refuses combinations that cannot work, with a message that says what to change.</summary>
    public void Validate()
    {
        if (!IsPersistent && Role != NodeRole.All)
            throw new InvalidOperationException($"LiveRoom:Role={Role} needs LiveRoom:Redis: only the durable mode has several nodes to share a cluster.");
    }
}
