using System.Globalization;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// Why a cue was issued, as a code and arguments (the cue board, the member page and the group
/// page render it in the reader's language). Quotes are clipped so a long message cannot flood a row.
/// </summary>
public static class CueReasons
{
    public const int MaxQuote = 60;

    public const string Negative = "cue.reason.negative";
    public const string Unanswered = "cue.reason.unanswered";
    public const string FirstOrder = "cue.reason.first_order";
    public const string NthOrder = "cue.reason.nth_order";
    public const string SignupStall = "cue.reason.signup_stall";
    public const string QuietGroup = "cue.reason.quiet_group";
    public const string Manual = "cue.reason.manual";

    public static IReadOnlyList<string> All { get; } = TimelineActions.Codes(typeof(CueReasons));

    public static ServerText NegativeMessage(string? term, string sender, string text) =>
        ServerText.Of(Negative, ("term", term), ("sender", sender), ("quote", Clip(text)));

    public static ServerText UnansweredQuestion(int seconds, string sender, string text) =>
        ServerText.Of(Unanswered, ("seconds", seconds), ("sender", sender), ("quote", Clip(text)));

    public static ServerText Orders(bool first, int count) =>
        first ? ServerText.Of(FirstOrder) : ServerText.Of(NthOrder, ("count", count));

    public static ServerText Stall(int minutes, double launchPerMinute) =>
        ServerText.Of(SignupStall, ("minutes", minutes), ("rate", OneDecimal(launchPerMinute)));

    public static ServerText Quiet(double perMinute, double baseline) =>
        ServerText.Of(QuietGroup, ("rate", OneDecimal(perMinute)), ("baseline", OneDecimal(baseline)));

    public static ServerText ManualBy(string actor) => ServerText.Of(Manual, ("actor", actor));

    private static string OneDecimal(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Clip(string s) => s.Length <= MaxQuote ? s : s[..MaxQuote] + "…";
}
