using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// Why a step failed, as codes the reader's language renders (text.{code}); a gateway's or an
/// exception's own words go in as the argument <c>detail</c>, shown as written.
/// </summary>
public static class StepErrors
{
    public const string NotQueued = "playbook.error.not_queued";
    public const string UnknownGroups = "playbook.error.unknown_groups";
    public const string NoSku = "playbook.error.no_sku";
    public const string NotifyNotConfigured = "playbook.error.notify_not_configured";
    public const string NotifyAnswered = "playbook.error.notify_answered";
    public const string NotifyUnreachable = "playbook.error.notify_unreachable";
    public const string Failed = "playbook.error.failed";

    /// <summary>Every code here, for the catalog test.</summary>
    public static readonly IReadOnlyList<string> All = [NotQueued, UnknownGroups, NoSku, NotifyNotConfigured, NotifyAnswered, NotifyUnreachable, Failed];

    public static ServerText GroupsNotQueued(int count) => ServerText.Of(NotQueued, ("count", count));

    public static ServerText GroupsUnknown(IEnumerable<string> groups) => ServerText.Of(UnknownGroups, ("groups", groups.ToList()));

    public static ServerText SkuMissing(string sku) => ServerText.Of(NoSku, ("sku", sku));

    /// <summary><paramref name="setting"/> is the configuration key to fill in.</summary>
    public static ServerText NotifyTargetNotConfigured(string target, string setting) => ServerText.Of(NotifyNotConfigured, ("target", target), ("setting", setting));

    public static ServerText NotifyTargetAnswered(string target, int status) => ServerText.Of(NotifyAnswered, ("target", target), ("status", status));

    public static ServerText NotifyTargetUnreachable(string target, string detail) => ServerText.Of(NotifyUnreachable, ("target", target), ("detail", detail));

    /// <summary>An effect threw or refused with its own message (an exception's, a channel's).</summary>
    public static ServerText Exception(string detail) => ServerText.Of(Failed, ("detail", detail));
}
