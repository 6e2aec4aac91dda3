using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Tests.Cues;

public class CueBookTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly CueTimings Timings = new(TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(10));

    private static Cue NewCue(string id, string? target = "托A", string group = "g1", DateTimeOffset? at = null) => new()
    {
        Id = id, Kind = CueKind.CounterNegative, Rule = CueRuleKind.NegativeMessage, LaunchId = "l", GroupId = group,
        Target = target, Script = "s", Reason = "r", TriggerId = id, IssuedAt = at ?? T0,
    };

    [Fact]
    public void Adding_the_same_cue_twice_keeps_one()
    {
        var book = new CueBook();
        Assert.Single(book.Add([NewCue("c1")], "system"));
        Assert.Empty(book.Add([NewCue("c1")], "system"));
        Assert.Equal(1, book.Count);
    }

    [Fact]
    public void Only_the_target_fetching_delivers_and_only_the_target_or_escalated_owner_may_act()
    {
        var book = new CueBook();
        book.Add([NewCue("c1")], "system");
        Assert.Empty(book.OpenFor("托B", T0, out var none));
        Assert.False(none);
        Assert.Equal(CueActionResult.NotFound, book.Acknowledge("c1", "托B", T0));
        var open = book.OpenFor("托A", T0.AddSeconds(1), out var delivered);
        Assert.True(delivered);
        Assert.Equal((CueStatus.Delivered, T0.AddSeconds(1)), (open[0].Status, open[0].DeliveredAt));

        book.Advance(T0.AddSeconds(61), Timings, _ => "群主");
        Assert.Equal("群主", book.Find("c1")!.EscalatedTo);
        Assert.Single(book.OpenFor("群主", T0.AddSeconds(62), out var ownerDelivered));
        Assert.False(ownerDelivered); // the owner's view is not the target's delivery
        Assert.Equal(CueActionResult.Changed, book.Acknowledge("c1", "群主", T0.AddSeconds(63)));
    }

    [Fact]
    public void Escalation_skips_acknowledged_cues_and_expiry_closes_every_open_cue()
    {
        var book = new CueBook();
        book.Add([NewCue("ack"), NewCue("ignored"), NewCue("done")], "system");
        book.Acknowledge("ack", "托A", T0.AddSeconds(5));
        book.Complete("done", "托A", T0.AddSeconds(5));

        var (escalated, expired) = book.Advance(T0.AddSeconds(60), Timings, _ => "群主");
        Assert.Equal(["ignored"], escalated.Select(r => r.Id));
        Assert.Empty(expired);
        Assert.Empty(book.Advance(T0.AddSeconds(61), Timings, _ => "群主").Escalated); // once

        (_, expired) = book.Advance(T0.AddMinutes(10), Timings, _ => "群主");
        Assert.Equal(["ack", "ignored"], expired.Select(r => r.Id).Order());
        Assert.Equal(CueStatus.Done, book.Find("done")!.Status);
        Assert.Equal(CueActionResult.Closed, book.Complete("ack", "托A", T0.AddMinutes(11)));
    }

    [Fact]
    public void A_cue_to_the_owner_is_not_escalated_to_the_owner_again()
    {
        var book = new CueBook();
        book.Add([NewCue("c1", target: "群主")], "system");
        var (escalated, _) = book.Advance(T0.AddSeconds(60), Timings, _ => "群主");
        Assert.Single(escalated);
        Assert.Null(escalated[0].EscalatedTo);
    }

    [Fact]
    public void Done_and_ack_retries_are_unchanged_not_errors()
    {
        var book = new CueBook();
        book.Add([NewCue("c1")], "system");
        Assert.Equal(CueActionResult.Changed, book.Complete("c1", "托A", T0));
        Assert.Equal(CueActionResult.Unchanged, book.Complete("c1", "托A", T0));
        Assert.Equal(CueActionResult.Unchanged, book.Acknowledge("c1", "托A", T0));
        Assert.Equal(T0, book.Find("c1")!.AcknowledgedAt);
    }
}
