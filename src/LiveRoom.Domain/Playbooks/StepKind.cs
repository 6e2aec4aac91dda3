namespace LiveRoom.Domain.Playbooks;

/// <summary>What a playbook step does. The YAML name is the snake_case form (<see cref="StepKinds"/>).</summary>
public enum StepKind
{
    /// <summary>Post an announcement to the target groups (through <c>IPlaybookEffects</c>).</summary>
    Announce,
    /// <summary>Cue the seeded members of the target groups with a script (through <c>IPlaybookEffects</c>).</summary>
    Cue,
    PauseAnnouncements,
    ResumeAnnouncements,
    /// <summary>Mark an SKU paused (or un-paused) on the board's inventory panel.</summary>
    PauseSku,
    /// <summary>Replace the launch's sale link ({link} in later texts).</summary>
    SwapLink,
    /// <summary>POST a signed webhook to a configured target (merchant, on-call).</summary>
    Notify,
    /// <summary>Block until a user with the given role acknowledges.</summary>
    WaitAck,
    /// <summary>Block until a handler ticks the item off.</summary>
    Checklist,
    /// <summary>Block for N seconds.</summary>
    Wait,
}

public static class StepKinds
{
    private static readonly Dictionary<string, StepKind> ByName = Enum.GetValues<StepKind>().ToDictionary(Name, StringComparer.Ordinal);

    public static string Name(this StepKind kind) => kind switch
    {
        StepKind.PauseAnnouncements => "pause_announcements",
        StepKind.ResumeAnnouncements => "resume_announcements",
        StepKind.PauseSku => "pause_sku",
        StepKind.SwapLink => "swap_link",
        StepKind.WaitAck => "wait_ack",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string name, out StepKind kind) => ByName.TryGetValue(name, out kind);

    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>Steps that send something to groups: they have per-group progress.</summary>
    public static bool SendsToGroups(this StepKind kind) => kind is StepKind.Announce or StepKind.Cue;

    /// <summary>Steps that wait for a person or the clock rather than doing something.</summary>
    public static bool Blocks(this StepKind kind) => kind is StepKind.WaitAck or StepKind.Checklist or StepKind.Wait;
}
