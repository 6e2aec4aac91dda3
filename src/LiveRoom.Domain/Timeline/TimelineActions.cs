using System.Reflection;

namespace LiveRoom.Domain.Timeline;

/// <summary>
/// Every timeline action code the code base writes, in one place: producers use these constants,
/// and a test walks <see cref="All"/> to fail on a code without a text in both languages. A
/// feature adds its codes here (a constant, or a nested static class of constants).
/// </summary>
public static class TimelineActions
{
    public const string CueIssued = "cue.issued";
    public const string CueAlert = "cue.alert";
    public const string CueAcknowledged = "cue.acknowledged";
    public const string CueDone = "cue.done";
    public const string CueEscalated = "cue.escalated";
    public const string CueExpired = "cue.expired";
    public const string CueManual = "cue.manual";
    public const string CueRulesSet = "cue.rules_set";
    /// <summary>The rules went back to the built-in ones (a sentence of its own, not a rules_set with a flag).</summary>
    public const string CueRulesReset = "cue.rules_reset";
    public const string CueLinkIssued = "cue.link_issued";
    public const string CueLinkRotated = "cue.link_rotated";
    public const string CueLinkRevoked = "cue.link_revoked";
    /// <summary>A staff posting link (群主/助理发布页) issued, replacing any earlier one, or revoked.</summary>
    public const string PostingLinkIssued = "posting.link_issued";
    public const string PostingLinkRevoked = "posting.link_revoked";

    public const string LaunchCreated = "launch.created";
    public const string LaunchSaved = "launch.saved";
    public const string PhaseOverridden = "launch.phase";
    public const string KeysRotated = "keys.rotated";
    public const string KeysRevoked = "keys.revoked";
    public const string GroupsRegistered = "groups.registered";
    public const string GroupsImported = "groups.imported";

    public const string AccessDenied = "access.denied";
    /// <summary>A dashboard action refused by its policy (the HTTP refusal names a method and path instead).</summary>
    public const string AccessDeniedAction = "access.denied_action";
    public const string LoginFailed = "login.failed";
    public const string LoginThrottled = "login.throttled";
    public const string SetupAdmin = "setup.admin";
    public const string SetupRefused = "setup.refused";
    public const string UserCreated = "user.created";
    public const string UserChanged = "user.changed";

    public const string PlaybookSuggested = "playbook.suggested";

    /// <summary>Every code above and in nested classes, for the completeness test and the docs.</summary>
    public static IReadOnlyList<string> All { get; } = Codes(typeof(TimelineActions));

    /// <summary>The public string constants of a catalog type and its nested types.</summary>
    public static IReadOnlyList<string> Codes(Type catalog) =>
        catalog.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(catalog.GetNestedTypes(BindingFlags.Public).SelectMany(Codes))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
