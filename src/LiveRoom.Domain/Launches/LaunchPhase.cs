namespace LiveRoom.Domain.Launches;

/// <summary>Phases of a launch in the order they happen (glossary in docs/architecture.md).</summary>
public enum LaunchPhase
{
    Draft,
    Warmup,
    Countdown,
    Live,
    Closing,
    Ended,
}
