using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Tests;

/// <summary>The seeded members of the launch model, and how they answer their cues.</summary>
public sealed class SeededMemberTests
{
    private static readonly LaunchScript Script = Models.Large;

    [Fact]
    public void Core_groups_have_two_or_three_seeded_members_and_other_groups_none()
    {
        Assert.All(Script.Groups, g =>
        {
            if (g.Tier == 2) Assert.InRange(g.SeededMembers.Count, 2, 3);
            else Assert.Empty(g.SeededMembers);
        });
        // Both sizes occur, and every member id is unique in the launch (links are per person).
        Assert.Contains(Script.Groups, g => g.SeededMembers.Count == 2);
        Assert.Contains(Script.Groups, g => g.SeededMembers.Count == 3);
        var all = Script.Groups.SelectMany(g => g.SeededMembers).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Seeded_members_are_registered_with_their_groups_and_send_nothing_themselves()
    {
        var small = Models.Small;
        var registered = System.Text.Json.JsonSerializer.SerializeToElement(LiveRoom.LoadTests.Run.ModelLaunch.Groups(small));
        foreach (var (group, row) in small.Groups.Zip(registered.EnumerateArray()))
            Assert.Equal(group.SeededMembers, row.GetProperty("seededMembers").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains(small.Groups, g => g.SeededMembers.Count > 0);
        // They never join, chat or order (so never the first to join, and the truth is theirs-free).
        var json = new LiveRoom.LoadTests.Wire.EventJson(small, 1_795_000_000_000);
        var wire = string.Concat(LiveRoom.LoadTests.Wire.WirePlanner.Plan(small, LiveRoom.LoadTests.Wire.ChaosOptions.None, 100)
            .Select(r => System.Text.Encoding.UTF8.GetString(json.Batch(r.Events))));
        Assert.Contains("\"memberId\":\"m", wire);
        Assert.DoesNotContain("\"s-g", wire);
    }

    [Fact]
    public void The_share_of_cues_acknowledged_and_the_median_delay_follow_the_settings()
    {
        var response = new CueResponse(0.8, TimeSpan.FromSeconds(8), Seed: 42);
        var decisions = Enumerable.Range(0, 20_000).Select(i => response.Decide($"launch/g{i % 300:D5}/CounterNegative/msg-{i}")).ToList();
        Assert.InRange(decisions.Count(d => d.Ack) / (double)decisions.Count, 0.78, 0.82);
        var delays = decisions.Select(d => d.Delay.TotalSeconds).Order().ToList();
        Assert.InRange(delays[delays.Count / 2], 7.5, 8.5);
        Assert.True(delays[0] >= CueResponse.MinDelay.TotalSeconds && delays[^1] <= CueResponse.MaxDelay.TotalSeconds);
        // A tail: some members take several times the median.
        Assert.True(delays[(int)(delays.Count * 0.95)] > 16, $"p95 {delays[(int)(delays.Count * 0.95)]:N1} s");
    }

    [Fact]
    public void The_same_cue_gets_the_same_answer_for_a_seed_and_another_seed_answers_differently()
    {
        var ids = Enumerable.Range(0, 500).Select(i => $"L/g{i:D5}/ShareOrder/orders-10").ToList();
        var a = ids.Select(new CueResponse(0.5, TimeSpan.FromSeconds(8), 1).Decide).ToList();
        var again = ids.Select(new CueResponse(0.5, TimeSpan.FromSeconds(8), 1).Decide).ToList();
        var other = ids.Select(new CueResponse(0.5, TimeSpan.FromSeconds(8), 2).Decide).ToList();
        Assert.Equal(a, again);
        Assert.NotEqual(a.Select(d => d.Ack), other.Select(d => d.Ack));
    }

    [Fact]
    public void The_schedule_takes_each_cue_once_only_for_its_members_and_hands_acks_out_when_due()
    {
        var response = new CueResponse(1.0, TimeSpan.FromSeconds(8), 3);
        var schedule = new CueAckSchedule(response, new HashSet<string> { "s-g00002-1", "s-g00002-2" });
        var t0 = DateTimeOffset.Parse("2026-11-24T12:00:00Z");

        Assert.True(schedule.Offer("L/g00002/CounterNegative/m1", "s-g00002-1", t0));
        Assert.False(schedule.Offer("L/g00002/CounterNegative/m1", "s-g00002-1", t0)); // seen on the next poll again
        Assert.False(schedule.Offer("L/g00001/Answer/m7", "assistant-1", t0));         // not a modelled member
        Assert.False(schedule.Offer("L/g00003/Topic/q", null, t0));                     // unaddressed: the operator's
        Assert.True(schedule.Offer("L/g00002/ShareOrder/orders-1", "s-g00002-2", t0.AddSeconds(2)));
        Assert.Equal((2, 2, 2), (schedule.Seen, schedule.Planned, schedule.Pending));

        Assert.Empty(schedule.TakeDue(t0)); // the minimum delay is 1 s
        var first = response.Decide("L/g00002/CounterNegative/m1").Delay;
        var second = response.Decide("L/g00002/ShareOrder/orders-1").Delay + TimeSpan.FromSeconds(2);
        var all = schedule.TakeDue(t0 + CueResponse.MaxDelay + TimeSpan.FromSeconds(2));
        Assert.Equal(2, all.Count);
        Assert.Equal(first <= second ? "L/g00002/CounterNegative/m1" : "L/g00002/ShareOrder/orders-1", all[0].CueId);
        Assert.Equal(t0 + first, all.Single(a => a.Member == "s-g00002-1").DueAt);
        Assert.Equal(0, schedule.Pending);
        Assert.Null(schedule.NextDue);
    }

    [Fact]
    public void Cues_a_member_ignores_are_seen_but_never_acknowledged()
    {
        var schedule = new CueAckSchedule(new CueResponse(0.0, TimeSpan.FromSeconds(8), 3), new HashSet<string> { "s-a" });
        Assert.True(schedule.Offer("L/g/CounterNegative/x", "s-a", DateTimeOffset.UnixEpoch));
        Assert.Equal((1, 0), (schedule.Seen, schedule.Planned));
        Assert.Empty(schedule.TakeDue(DateTimeOffset.MaxValue));
    }
}
