namespace LiveRoom.Domain.Sources;

/// <summary>
/// When refused signatures on one source are a storm worth an alert (options
/// <c>LiveRoom:Sources:SignatureStorm</c>): at least <see cref="Threshold"/> within
/// <see cref="Window"/>, alerted at most once per <see cref="Cooldown"/>. A shop whose secret was
/// rotated on one side only fails every push; a forger probes many times a minute; one stray
/// failure is neither.
/// </summary>
public sealed class SignatureStormRule
{
    public int Threshold { get; set; } = 20;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>A storm that goes on is one alert, not one per window; the Sources page shows it this long.</summary>
    public TimeSpan Cooldown { get; set; } = TimeSpan.FromMinutes(10);
}
