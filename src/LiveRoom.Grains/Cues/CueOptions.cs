namespace LiveRoom.Grains.Cues;

/// <summary>Cue engine clocks and group-signal settings (configuration section "LiveRoom:Cues"). See docs/configuration.md.</summary>
public sealed class CueOptions
{
    public const string Section = "LiveRoom:Cues";

    /// <summary>A group with nothing due re-checks its time-based rules (quiet group, stall) this often.</summary>
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>A seeded member among a group's first this-many joins is warned about.</summary>
    public int EarlyJoinCount { get; set; } = 5;
    /// <summary>How many recent chat messages a group keeps for its live feed.</summary>
    public int ChatFeedSize { get; set; } = 30;
}
