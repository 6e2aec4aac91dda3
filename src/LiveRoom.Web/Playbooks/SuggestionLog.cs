using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;

namespace LiveRoom.Web.Playbooks;

/// <summary>
/// Puts the board's suggestion cards on the launch timeline. Each dashboard reports a card once
/// (it remembers what it reported); the launch's <see cref="ISuggestionLogGrain"/> keeps one entry
/// per card across dashboards and nodes.
/// </summary>
public sealed class SuggestionLog(IGrainFactory grains, ILogger<SuggestionLog> logger)
{
    public async Task ReportAsync(string launchId, IReadOnlyList<PlaybookSuggestion> cards)
    {
        if (cards.Count == 0) return;
        try
        {
            await grains.GetGrain<ISuggestionLogGrain>(launchId).Shown(cards.Select(Card).ToList());
        }
        catch (Exception ex)
        {
            // The card is on screen either way; the next dashboard to show it reports it again.
            logger.LogWarning(ex, "Suggestions of launch {LaunchId} not recorded", launchId);
        }
    }

    /// <summary>A code and arguments (the playbook's name, what it is about), read in each reader's language.</summary>
    private static SuggestionShown Card(PlaybookSuggestion s) =>
        new(s.Key, s.Playbook.Id, "", s.Scope.GroupIds, ServerText.ArgsOf(("name", s.Playbook.Name),
            ("subject", string.IsNullOrEmpty(s.Subject) ? [] : new[] { ServerText.Of("playbook.subject", ("subject", ServerText.Plain(s.Subject))) })));
}
