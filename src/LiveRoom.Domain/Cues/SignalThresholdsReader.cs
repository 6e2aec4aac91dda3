using System.Text.Json;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// Reads the cue rules' optional <c>"signals"</c> object. Like the rest of the rule file, every
/// error names its path (e.g. <c>signals.spikeCount</c>) and unknown properties are errors.
/// </summary>
internal static class SignalThresholdsReader
{
    private static readonly string[] Known = ["spikeCount", "spikeWindowSeconds", "spikeBaselineFactor", "earlyJoinCount"];

    public static SignalThresholds Read(JsonElement e, ValidationErrors errors)
    {
        const string at = "signals";
        var result = SignalThresholds.Default;
        if (e.ValueKind != JsonValueKind.Object) { errors.Add(at, "must be an object"); return result; }
        foreach (var p in e.EnumerateObject())
        {
            var path = $"{at}.{p.Name}";
            switch (p.Name)
            {
                case "spikeCount":
                    if (Whole(p.Value, 1, 1_000) is { } count) result = result with { SpikeCount = count };
                    else errors.Add(path, "must be a whole number from 1 to 1000 (negative messages)");
                    break;
                case "spikeWindowSeconds":
                    // Within the mood window (10 minutes): the spike is counted from the messages it keeps.
                    if (Whole(p.Value, 10, 600) is { } seconds) result = result with { SpikeWindow = TimeSpan.FromSeconds(seconds) };
                    else errors.Add(path, "must be a whole number from 10 to 600 (seconds)");
                    break;
                case "spikeBaselineFactor":
                    if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDouble(out var f) && f is >= 1 and <= 100)
                        result = result with { SpikeBaselineFactor = f };
                    else errors.Add(path, "must be a number from 1 to 100 (times the group's usual negatives)");
                    break;
                case "earlyJoinCount":
                    if (Whole(p.Value, 0, MemberRoll.KeptJoins) is { } n) result = result with { EarlyJoinCount = n };
                    else errors.Add(path, $"must be a whole number from 0 to {MemberRoll.KeptJoins} (first joins; 0 turns the warning off)");
                    break;
                default: errors.Add(path, $"unknown property; known: {string.Join(", ", Known)}"); break;
            }
        }
        return result;
    }

    private static int? Whole(JsonElement e, int min, int max) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n) && n >= min && n <= max ? n : null;
}
