namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// Records each playbook suggestion of a launch (key: launch id) on its timeline the first time a
/// dashboard shows it. Every viewer reports the cards it shows; this grain keeps one entry per
/// card, so neither the number of viewers nor of nodes multiplies them.
/// </summary>
[Alias("LiveRoom.ISuggestionLogGrain")]
public interface ISuggestionLogGrain : IGrainWithStringKey
{
    /// <summary>Appends one timeline entry per card not recorded before; returns how many were new.</summary>
    [Alias("Shown")] Task<int> Shown(IReadOnlyList<SuggestionShown> cards);
}
