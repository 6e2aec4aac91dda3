namespace LiveRoom.Web.Hosting;

/// <summary>Top-level settings (section "LiveRoom"); see docs/configuration.md.</summary>
public sealed class LiveRoomOptions
{
    public const string Section = "LiveRoom";

    /// <summary>Redis connection for the durable, distributed mode. Empty: embedded, in memory, not persisted.</summary>
    public string? Redis { get; set; }

    public OrleansPorts Orleans { get; set; } = new();

    public bool IsPersistent => !string.IsNullOrWhiteSpace(Redis);
}

public sealed class OrleansPorts
{
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
    public string ClusterId { get; set; } = "liveroom";
    public string ServiceId { get; set; } = "liveroom";
}
