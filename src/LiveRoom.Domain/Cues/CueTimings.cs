namespace LiveRoom.Domain.Cues;

/// <summary>
/// The cue lifecycle clocks of a launch: an open cue not acknowledged within <see cref="EscalateAfter"/>
/// escalates (group owner and operator board); one not done within <see cref="ExpireAfter"/> expires,
/// because a 话术 about a moment that has passed would do harm if posted late.
/// </summary>
public sealed record CueTimings(TimeSpan EscalateAfter, TimeSpan ExpireAfter)
{
    public static CueTimings Default { get; } = new(TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(10));
}
