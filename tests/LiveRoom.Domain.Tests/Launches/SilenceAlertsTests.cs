using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Tests.Launches;

/// <summary>A group hovering at the silence threshold does not fill the timeline with "silent" and "speaking again".</summary>
public sealed class SilenceAlertsTests
{
    private static readonly DateTimeOffset T0 = new(2027, 3, 1, 20, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(15);

    private static readonly SilenceOptions NoHysteresis = new() { AnnounceMargin = TimeSpan.Zero, SpeakingFor = TimeSpan.Zero, SpeakingMessages = 1 };

    /// <summary>
    /// Runs the board's silent flag (quiet longer than the window) and the timeline's alerts every
    /// tick for <paramref name="length"/>; the group says one message at each of <paramref name="messagesAt"/>.
    /// </summary>
    private static List<TimelineEntry> Run(SilenceOptions options, TimeSpan length, IEnumerable<TimeSpan> messagesAt)
    {
        var pending = new Queue<TimeSpan>(messagesAt.Order());
        var silence = new SilenceAlerts(options);
        var alerts = new BoardAlerts([], silence.RecordedAfter);
        var entries = new List<TimelineEntry>();
        DateTimeOffset? last = T0;
        var messages = 0;
        for (var t = TimeSpan.Zero; t <= length; t += Tick)
        {
            var now = T0 + t;
            while (pending.Count > 0 && pending.Peek() <= t) { pending.Dequeue(); messages++; last = now; }
            var boardSilent = now - last > LaunchBoard.SilenceWindow ? new HashSet<string> { "g1" } : [];
            var silent = silence.Update(boardSilent, _ => messages, now);
            entries.AddRange(alerts.Changes([], silent, new Dictionary<string, string?>(), id => id, now, out var next));
            alerts.Commit(next);
        }
        return entries;
    }

    private static IEnumerable<TimeSpan> Every(TimeSpan gap, TimeSpan until)
    {
        for (var t = gap; t <= until; t += gap) yield return t;
    }

    private static (int Silent, int Speaking) Count(List<TimelineEntry> entries) =>
        (entries.Count(e => e.Action == "group.silent"), entries.Count(e => e.Action == "group.silent.cleared"));

    [Fact]
    public void A_group_speaking_just_past_the_window_adds_nothing_where_the_bare_flag_added_dozens()
    {
        var hovering = Every(TimeSpan.FromSeconds(5 * 60 + 30), TimeSpan.FromHours(2)).ToList();
        var bare = Count(Run(NoHysteresis, TimeSpan.FromHours(2), hovering));
        Assert.True(bare.Silent >= 20 && bare.Speaking >= 20, $"without hysteresis: {bare}");
        Assert.Equal((0, 0), Count(Run(new SilenceOptions(), TimeSpan.FromHours(2), hovering)));
    }

    [Fact]
    public void A_group_with_one_message_every_seven_minutes_is_silent_once_and_stays_so()
    {
        var sparse = Every(TimeSpan.FromMinutes(7), TimeSpan.FromHours(2)).ToList();
        Assert.True(Count(Run(NoHysteresis, TimeSpan.FromHours(2), sparse)).Silent >= 15);
        Assert.Equal((1, 0), Count(Run(new SilenceOptions(), TimeSpan.FromHours(2), sparse)));
    }

    [Fact]
    public void A_group_that_really_speaks_again_is_recorded_once_each_way_and_a_short_relapse_is_not()
    {
        // Quiet for 10 minutes, then five messages in a minute, then quiet for five and a half minutes, then chatty.
        var at = new List<TimeSpan>();
        for (var i = 0; i < 5; i++) at.Add(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(15 * i));
        var relapseEnd = TimeSpan.FromMinutes(11) + TimeSpan.FromSeconds(5.5 * 60);
        at.AddRange(Every(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30)).Where(t => t >= relapseEnd));
        var entries = Run(new SilenceOptions(), TimeSpan.FromMinutes(30), at);
        Assert.Equal((1, 1), Count(entries));
        Assert.Equal(T0.AddMinutes(6), entries[0].At.AddSeconds(-15)); // the first tick after quiet for the window plus the margin
        Assert.Equal("6", entries[0].Args["minutes"]);
    }

    [Fact]
    public void Activity_without_chat_counts_after_a_whole_stretch()
    {
        var silence = new SilenceAlerts(new SilenceOptions());
        var quiet = new HashSet<string> { "g1" };
        silence.Update(quiet, _ => 0, T0);
        Assert.Contains("g1", silence.Update(quiet, _ => 0, T0.AddMinutes(1)));
        Assert.Contains("g1", silence.Update(new HashSet<string>(), _ => 0, T0.AddMinutes(2)));
        Assert.Contains("g1", silence.Update(new HashSet<string>(), _ => 0, T0.AddMinutes(7)));
        Assert.DoesNotContain("g1", silence.Update(new HashSet<string>(), _ => 0, T0.AddMinutes(8)));
        Assert.False(silence.Pending);
    }

    [Fact]
    public void Groups_restored_from_the_recorded_alerts_stay_silent_until_they_speak()
    {
        var silence = new SilenceAlerts(new SilenceOptions());
        silence.Restore(["g1"], _ => 3);
        Assert.Contains("g1", silence.Update(new HashSet<string>(), _ => 4, T0));
        Assert.DoesNotContain("g1", silence.Update(new HashSet<string>(), _ => 8, T0.AddSeconds(15)));
    }
}
