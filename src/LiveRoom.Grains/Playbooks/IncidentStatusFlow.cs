namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// Status only moves forward (triggered → mitigating → resolved). There is no reopen: a resolved
/// incident's duration is what the review reports, and a recurrence is recorded better as a new
/// run (a new confirmation is a new incident) than by rewriting when the first one ended.
/// </summary>
public static class IncidentStatusFlow
{
    /// <summary>Why moving from <paramref name="from"/> to <paramref name="to"/> is refused, or null when it is allowed (staying put included).</summary>
    public static string? Refusal(IncidentStatus from, IncidentStatus to) =>
        to >= from ? null
        : from == IncidentStatus.Resolved ? $"the incident is resolved and stays so (no way back to {to}); run the playbook again for a new incident"
        : $"the status only moves forward (Triggered → Mitigating → Resolved): {from} cannot go back to {to}";
}
