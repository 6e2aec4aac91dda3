using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Tests.Cues;

public class CueEffectsTests
{
    private static readonly DateTimeOffset Ack = new(2026, 11, 24, 12, 10, 30, TimeSpan.Zero);

    private static CueRecord Acknowledged(string group, DateTimeOffset? at) => new()
    {
        Cue = new Cue { Id = group, Kind = CueKind.LeadChat, LaunchId = "l", GroupId = group, Script = "", Reason = "", TriggerId = "t", IssuedAt = Ack },
        Status = CueStatus.Acknowledged,
        AcknowledgedAt = at,
    };

    [Fact]
    public void Counts_the_whole_minutes_before_and_after_the_acknowledgement_minute_only()
    {
        var a = UnixMinute.Of(Ack);
        var series = new MinuteSeries();
        series.Add(a - 3, new MinuteBucket { Signups = 100 }); // outside a 2-minute window
        series.Add(a - 2, new MinuteBucket { Signups = 1, Messages = 4 });
        series.Add(a - 1, new MinuteBucket { Signups = 1 });
        series.Add(a, new MinuteBucket { Signups = 50 });       // the acknowledgement's own minute: in neither
        series.Add(a + 1, new MinuteBucket { Signups = 3, Orders = 2 });
        series.Add(a + 2, new MinuteBucket { Signups = 2, Messages = 9 });

        var effects = CueEffects.Measure([Acknowledged("g1", Ack), Acknowledged("g2", null)], g => g == "g1" ? series : null, 2, Ack.AddMinutes(4));
        var e = Assert.Single(effects);
        Assert.Equal((CueKind.LeadChat, 1, 2, 5, 0, 2, 4, 9),
            (e.Kind, e.Cues, e.SignupsBefore, e.SignupsAfter, e.OrdersBefore, e.OrdersAfter, e.MessagesBefore, e.MessagesAfter));
    }

    [Fact]
    public void A_cue_whose_after_window_has_not_passed_is_not_measured()
    {
        Assert.Empty(CueEffects.Measure([Acknowledged("g1", Ack)], _ => new MinuteSeries(), 5, Ack.AddMinutes(3)));
    }
}
