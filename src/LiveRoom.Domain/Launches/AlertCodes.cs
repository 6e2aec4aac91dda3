namespace LiveRoom.Domain.Launches;

/// <summary>
/// Every alert code LiveRoom raises, in one list: a group's report alert (the board row's flag,
/// <see cref="GroupRow.Alert"/>), the board's own flags, and the timeline actions made of them
/// (<c>group.{code}</c>, <c>sku.{code}</c>, with <c>.cleared</c> when it ends). The dashboard shows a
/// row flag as <c>alert.{code}</c> and a timeline entry as <c>text.{action}</c>, so a code is a
/// stored and rendered key: never rename one.
/// </summary>
public static class AlertCodes
{
    /// <summary>The chat's negative messages came in a burst (the group's mood is in a spike).</summary>
    public const string NegativeSpike = "negative_spike";
    /// <summary>Members leaving fast (LeaveWave).</summary>
    public const string LeaveWave = "leave_wave";
    /// <summary>The last member-list resync disagrees with the count from join/leave callbacks.</summary>
    public const string MemberMismatch = "member_mismatch";
    /// <summary>A seeded member is among the group's first joins (they should join later).</summary>
    public const string SeededEarlyJoin = "seeded_early_join";

    /// <summary>The board's flag of a group with no activity for the silence window.</summary>
    public const string Silent = "silent";
    public const string SkuOversold = "oversold";
    public const string SkuSoldOut = "sold_out";
    public const string SkuLow = "low";

    /// <summary>A group's report alerts, worst first (the order the group grain picks one in).</summary>
    public static readonly IReadOnlyList<string> GroupAlerts = [NegativeSpike, LeaveWave, MemberMismatch, SeededEarlyJoin];

    /// <summary>Timeline actions: a group alert (<c>group.silent</c>), an SKU alert (<c>sku.low</c>), and their ends.</summary>
    public const string GroupPrefix = "group.";
    public const string SkuPrefix = "sku.";
    public const string ClearedSuffix = ".cleared";

    /// <summary>
    /// The group writes its own timeline entry when a spike starts (with the quote that started it),
    /// so the board does not record <see cref="NegativeSpike"/> again.
    /// </summary>
    public const string SpikeStarted = "mood." + NegativeSpike;

    /// <summary>
    /// Many refused signatures on a platform source in a short while (a secret rotated on one side
    /// only, or someone forging pushes): recorded on every launch mapping the source.
    /// </summary>
    public const string SourceSignatureStorm = "source.signature_storm";

    /// <summary>Every alert flag a board row can carry (shown as <c>alert.{code}</c>; silence is a flag of its own).</summary>
    public static IReadOnlyList<string> RowFlags => GroupAlerts;

    /// <summary>Every timeline action an alert can write (rendered as <c>text.{action}</c>): raised and cleared.</summary>
    public static IReadOnlyList<string> TimelineActions { get; } =
    [
        SpikeStarted,
        SourceSignatureStorm,
        .. new[] { Silent, LeaveWave, MemberMismatch, SeededEarlyJoin }.Select(GroupAction).SelectMany(a => new[] { a, Cleared(a) }),
        .. new[] { SkuOversold, SkuSoldOut, SkuLow }.Select(SkuAction).SelectMany(a => new[] { a, Cleared(a) }),
    ];

    public static string GroupAction(string code) => GroupPrefix + code;

    public static string SkuAction(string code) => SkuPrefix + code;

    public static string Cleared(string action) => action + ClearedSuffix;
}
