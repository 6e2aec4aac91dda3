namespace LiveRoom.LoadTests.Wire;

/// <summary>
/// Percentages of events (webhooks) that arrive twice, out of order, late, or as a malformed extra
/// request; and of viewers whose hub connection is dropped every 10 s. None of it may change the truth.
/// </summary>
public sealed record ChaosOptions(double Duplicate = 0, double Reorder = 0, double Delay = 0, double Malformed = 0, double HubDrop = 0)
{
    public static readonly ChaosOptions None = new();

    public bool Any => Duplicate + Reorder + Delay + Malformed + HubDrop > 0;

    public void Validate()
    {
        foreach (var (name, value) in new[] { ("--chaos-duplicate", Duplicate), ("--chaos-reorder", Reorder), ("--chaos-delay", Delay), ("--chaos-malformed", Malformed), ("--chaos-hub-drop", HubDrop) })
            if (value is < 0 or > 100) throw new ArgumentException($"{name} must be a percentage between 0 and 100");
    }

    public override string ToString() => Any
        ? $"duplicate {Duplicate}%, reorder {Reorder}%, delay {Delay}%, malformed {Malformed}%, hub drop {HubDrop}%"
        : "none";
}
