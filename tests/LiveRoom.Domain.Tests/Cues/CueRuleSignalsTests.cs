using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Tests.Cues;

/// <summary>The cue rules' optional "signals": a launch's own spike and early-join thresholds.</summary>
public sealed class CueRuleSignalsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Listed_thresholds_are_the_launchs_and_the_rest_keep_their_defaults()
    {
        var set = CueRuleSet.Load("""{ "signals": { "spikeCount": 5, "earlyJoinCount": 0 } }""", out var errors);
        Assert.True(errors.IsValid, errors.ToString());
        Assert.Equal(5, set!.Signals.SpikeCount);
        Assert.Equal(0, set.Signals.EarlyJoinCount);
        Assert.Equal(MoodOptions.Default.SpikeWindow, set.Signals.SpikeWindow);
        Assert.Null(CueRuleSet.Load("""{ "rules": [] }""", out _)!.Signals.EarlyJoinCount); // the silo's option then
    }

    [Fact]
    public void A_group_under_a_higher_spike_count_needs_more_negatives_to_spike()
    {
        var strict = CueRuleSet.Load("""{ "signals": { "spikeCount": 5, "spikeBaselineFactor": 1 } }""", out _)!;
        var mood = new GroupMood();
        mood.Use(strict.Signals.ApplyTo(mood.Options));
        var analyzer = new MoodAnalyzer();
        NegativeSpike? spike = null;
        for (var i = 0; i < 4; i++) spike ??= mood.Record($"m{i}", T0.AddSeconds(i), "路人", ChatRole.Member, analyzer.Analyze("骗子"));
        Assert.Null(spike); // 4 negatives: a spike by the default of 3, not by this launch's 5
        Assert.NotNull(mood.Record("m4", T0.AddSeconds(4), "路人", ChatRole.Member, analyzer.Analyze("骗子")));
    }

    [Theory]
    [InlineData("""{ "signals": [] }""", "signals", "must be an object")]
    [InlineData("""{ "signals": { "spikeCount": 0 } }""", "signals.spikeCount", "1 to 1000")]
    [InlineData("""{ "signals": { "spikeWindowSeconds": 601 } }""", "signals.spikeWindowSeconds", "10 to 600")]
    [InlineData("""{ "signals": { "spikeBaselineFactor": 0.5 } }""", "signals.spikeBaselineFactor", "1 to 100")]
    [InlineData("""{ "signals": { "earlyJoinCount": 2.5 } }""", "signals.earlyJoinCount", "whole number")]
    [InlineData("""{ "signals": { "spikes": 3 } }""", "signals.spikes", "unknown property")]
    public void Errors_name_the_signals_path(string json, string path, string reason)
    {
        Assert.Null(CueRuleSet.Load(json, out var errors));
        var all = errors.ToDictionary();
        Assert.True(all.ContainsKey(path), $"expected an error at {path}, got {errors}");
        Assert.Contains(all[path], m => m.Contains(reason, StringComparison.Ordinal));
    }
}
