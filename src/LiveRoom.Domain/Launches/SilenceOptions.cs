namespace LiveRoom.Domain.Launches;

/// <summary>
/// When a silent group goes on the timeline, and when its "speaking again" does (<see cref="SilenceAlerts"/>).
/// Configured with the pipeline ("LiveRoom:Pipeline:Silence"); the board's row flag itself follows
/// <see cref="LaunchBoard.SilenceWindow"/> without delay.
/// </summary>
public sealed class SilenceOptions
{
    /// <summary>A group is recorded silent once it has been quiet this much longer than the silence window.</summary>
    public TimeSpan AnnounceMargin { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A recorded silent group is recorded speaking again after this many chat messages since it was recorded…</summary>
    public int SpeakingMessages { get; set; } = 5;

    /// <summary>…or after it stayed off the board's silent list this long (activity other than chat, e.g. orders, counts too).</summary>
    public TimeSpan SpeakingFor { get; set; } = TimeSpan.FromMinutes(6);
}
