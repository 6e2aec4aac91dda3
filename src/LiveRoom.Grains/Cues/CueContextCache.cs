using System.Collections.Concurrent;
using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Abstractions;
using LiveRoom.Grains.Pipeline;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Cues;

/// <summary>
/// This silo's copy of each launch's cue rules and launch facts, refreshed at most once per tick, so
/// 10,000 group grains evaluating in the same second cost their launch's cues grain one call per
/// silo per tick. Concurrent callers share one refresh; the parsed rules are kept per rule version.
/// </summary>
public sealed class CueContextCache(IGrainFactory grains, IOptions<PipelineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Task<Entry>> _entries = new(StringComparer.Ordinal);

    public sealed record Entry(CueRuleSet Rules, int RulesVersion, LaunchContext? Launch, DateTimeOffset FetchedAt);

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
        var rules = previous is not null && previous.RulesVersion == context.RulesVersion
            ? previous.Rules
            : context.RulesJson is null ? CueRuleSet.Default : CueRuleSet.Load(context.RulesJson, out _) ?? CueRuleSet.Default;
        return new Entry(rules, context.RulesVersion, context.Launch, clock.GetUtcNow());
    }
}
