namespace LiveRoom.Domain.Launches;

/// <summary>Phases of a launch in the order they happen (DESIGN.md glossary).</summary>
public enum LaunchPhase
{
    Draft,
    Warmup,
    Countdown,
    Live,
    Closing,
    Ended,
}
