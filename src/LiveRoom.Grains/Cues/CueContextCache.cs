using System.Collections.Concurrent;
using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Ingestion;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Cues;

/// <summary>
/// This silo's copy of each launch's cue rules and launch facts, refreshed at most once per tick, so
/// 10,000 group grains evaluating in the same second cost their launch's cues grain one call per
/// silo per tick. Concurrent callers share one refresh; the parsed rules are kept per rule version.
/// </summary>
public sealed class CueContextCache(IGrainFactory grains, IOptions<PipelineOptions> options, IOptions<MoodLexiconOptions> mood, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Task<Entry>> _entries = new(StringComparer.Ordinal);

    /// <summary>The silo's configured lexicon: what launches without a "lexicon" in their rules read chat with.</summary>
    public MoodAnalyzer DefaultMood { get; } = new(mood.Value.ToLexicon());

    /// <param name="Mood">The launch's analyzer (configured lexicon, then the rules' "lexicon"), one per rule version.</param>
    public sealed record Entry(CueRuleSet Rules, int RulesVersion, LaunchContext? Launch, DateTimeOffset FetchedAt, MoodAnalyzer Mood);

    public async Task<Entry> GetAsync(string launchId)
    {
        var task = _entries.GetOrAdd(launchId, Fetch, (Entry?)null);
        var entry = await task;
        if (clock.GetUtcNow() - entry.FetchedAt < options.Value.TickInterval) return entry;
        var fresh = Fetch(launchId, entry);
        // Whoever swaps in first refreshes for everyone; the others await the same task.
        var current = _entries.TryUpdate(launchId, fresh, task) ? fresh : _entries[launchId];
        try
        {
            return await current;
        }
        catch
        {
            _entries.TryUpdate(launchId, Task.FromResult(entry), current);
            throw;
        }
    }

    private async Task<Entry> Fetch(string launchId, Entry? previous)
    {
        var context = await grains.GetGrain<ILaunchCuesGrain>(launchId).GetEvaluationContext();
        if (previous is not null && previous.RulesVersion == context.RulesVersion)
            return previous with { Launch = context.Launch, FetchedAt = clock.GetUtcNow() };
        var rules = context.RulesJson is null ? CueRuleSet.Default : CueRuleSet.Load(context.RulesJson, out _) ?? CueRuleSet.Default;
        var analyzer = rules.Lexicon is { } lexicon ? new MoodAnalyzer(lexicon.ApplyTo(DefaultMood.Lexicon)) : DefaultMood;
        return new Entry(rules, context.RulesVersion, context.Launch, clock.GetUtcNow(), analyzer);
    }
}
