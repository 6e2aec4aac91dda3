namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// Webhook targets of notify steps, by name (LiveRoom:Playbooks:Notify:{name}:Url / :Secret).
/// From configuration or secrets (environment, user secrets, a Kubernetes secret), never the repo.
/// </summary>
public sealed class NotifyOptions
{
    public const string Section = "LiveRoom:Playbooks:Notify";

    public Dictionary<string, NotifyTarget> Targets { get; set; } = new(StringComparer.Ordinal);
}
