using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Cues;

/// <summary>A launch's cues, rules and member links. Stored: keep ids stable, add new ones only.</summary>
[GenerateSerializer, Alias("LiveRoom.LaunchCuesState.v1")]
public sealed class LaunchCuesState
{
    public const int MaxManualKeys = 10_000;

    [Id(0)] public CueBook Book { get; set; } = new();
    /// <summary>The launch's rule file; null runs the built-in rules.</summary>
    [Id(1)] public string? RulesJson { get; set; }
    [Id(2)] public int RulesVersion { get; set; }
    /// <summary>By person: the current link (active or revoked).</summary>
    [Id(3)] public Dictionary<string, MemberLinkInfo> Links { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Manual issues by idempotency key, oldest first in <see cref="ManualOrder"/>.</summary>
    [Id(4)] public Dictionary<string, ManualCueReceipt> Manual { get; set; } = new(StringComparer.Ordinal);
    [Id(5)] public List<string> ManualOrder { get; set; } = [];

    /// <summary>Remembers a manual issue's receipt under its idempotency key; the oldest keys go past <see cref="MaxManualKeys"/>.</summary>
    public void RememberManual(string key, ManualCueReceipt receipt)
    {
        Manual[key] = receipt;
        ManualOrder.Add(key);
        if (ManualOrder.Count <= MaxManualKeys) return;
        Manual.Remove(ManualOrder[0]);
        ManualOrder.RemoveAt(0);
    }
}
