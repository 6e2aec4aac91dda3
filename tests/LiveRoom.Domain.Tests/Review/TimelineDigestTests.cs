using LiveRoom.Domain.Review;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Tests.Review;

public sealed class TimelineDigestTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static long _seq;

    private static TimelineEntry E(TimelineKind kind, string action, int second, string? refId = null) =>
        new() { Sequence = _seq++, Kind = kind, Action = action, At = T0.AddSeconds(second), RefId = refId };

    [Fact]
    public void Each_incident_gets_its_time_to_first_message_from_its_own_first_queued_time()
    {
        var digest = TimelineDigest.From([
            E(TimelineKind.Incident, "incident.triggered", 0, "i1"),
            E(TimelineKind.Incident, "incident.triggered", 10, "i2"),
            E(TimelineKind.Incident, "incident.resolved", 95, "i1"),
        ]).WithFirstMessages(new Dictionary<string, DateTimeOffset> { ["i1"] = T0.AddMilliseconds(420), ["unknown"] = T0 });

        Assert.Equal(TimeSpan.FromMilliseconds(420), digest.Incidents[0].TimeToFirstMessage);
        Assert.Equal(TimeSpan.FromSeconds(95), digest.Incidents[0].Duration);
        Assert.Null(digest.Incidents[1].TimeToFirstMessage); // sent nothing (yet)
        Assert.Equal(2, digest.Incidents.Count);
    }

    [Fact]
    public void Incidents_span_from_triggered_to_resolved_with_the_same_ref_and_stay_open_without_resolution()
    {
        var digest = TimelineDigest.From([
            E(TimelineKind.Incident, "incident.triggered", 0, "i1"),
            E(TimelineKind.Incident, "incident.triggered", 10, "i2"),
            E(TimelineKind.Playbook, "playbook.step", 20, "i1"),
            E(TimelineKind.Incident, "incident.resolved", 95, "i1"),
            E(TimelineKind.Incident, "incident.resolved", 99, "other"),
        ]);

        Assert.Equal(2, digest.Incidents.Count);
        Assert.Equal(TimeSpan.FromSeconds(95), digest.Incidents[0].Duration);
        Assert.Null(digest.Incidents[1].Duration);
        Assert.Equal(4, digest.ByKind[TimelineKind.Incident]);
        Assert.Equal(1, digest.ByKind[TimelineKind.Playbook]);
    }

    [Fact]
    public void Cue_follow_up_is_the_median_wait_from_a_cues_first_entry_to_its_next()
    {
        var digest = TimelineDigest.From([
            E(TimelineKind.Cue, "cue.issued", 0, "c1"),
            E(TimelineKind.Cue, "cue.issued", 0, "c2"),
            E(TimelineKind.Cue, "cue.issued", 0, "c3"),
            E(TimelineKind.Cue, "cue.acknowledged", 10, "c1"),
            E(TimelineKind.Cue, "cue.acknowledged", 30, "c2"),
            E(TimelineKind.Cue, "cue.done", 50, "c1"),
            E(TimelineKind.Cue, "cue.acknowledged", 90, "c3"),
        ]);

        Assert.Equal(3, digest.CueActions["cue.issued"]);
        Assert.Equal(3, digest.CueActions["cue.acknowledged"]);
        Assert.Equal(3, digest.CuesFollowedUp);
        Assert.Equal(TimeSpan.FromSeconds(30), digest.MedianCueFollowUp);
    }

    [Fact]
    public void An_empty_timeline_has_no_incidents_and_no_follow_up()
    {
        var digest = TimelineDigest.From([]);
        Assert.Empty(digest.Incidents);
        Assert.Null(digest.MedianCueFollowUp);
    }
}
