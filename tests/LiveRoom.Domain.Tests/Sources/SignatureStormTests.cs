using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Sources;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Tests.Sources;

public class SignatureStormTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly SignatureStormRule Rule = new() { Threshold = 3, Window = TimeSpan.FromMinutes(1), Cooldown = TimeSpan.FromMinutes(10) };

    [Fact]
    public void Raises_once_when_the_threshold_is_reached_within_the_window()
    {
        var storm = new SignatureStorm();
        Assert.False(storm.Record(T0, Rule));
        Assert.False(storm.Record(T0.AddSeconds(10), Rule));
        Assert.True(storm.Record(T0.AddSeconds(20), Rule));
        // The storm goes on: no second alert within the cooldown.
        Assert.False(storm.Record(T0.AddSeconds(30), Rule));
        Assert.True(storm.Active(T0.AddMinutes(5), Rule));
        Assert.False(storm.Active(T0.AddMinutes(11), Rule));
    }

    [Fact]
    public void Failures_spread_wider_than_the_window_are_no_storm()
    {
        var storm = new SignatureStorm();
        for (var i = 0; i < 10; i++) Assert.False(storm.Record(T0.AddSeconds(31 * i), Rule));
        Assert.Equal(2, storm.Recent(T0.AddSeconds(31 * 9), Rule));
    }

    [Fact]
    public void A_new_storm_after_the_cooldown_raises_again()
    {
        var storm = new SignatureStorm();
        for (var i = 0; i < 3; i++) storm.Record(T0.AddSeconds(i), Rule);
        var later = T0.AddMinutes(20);
        Assert.False(storm.Record(later, Rule));
        Assert.False(storm.Record(later.AddSeconds(1), Rule));
        Assert.True(storm.Record(later.AddSeconds(2), Rule));
    }

    [Fact]
    public void The_alert_is_a_code_with_arguments()
    {
        var e = SignatureStorm.Alert("src-1", "抖店旗舰店", T0, Rule);
        Assert.Equal((TimelineKind.Alert, AlertCodes.SourceSignatureStorm), (e.Kind, e.Action));
        Assert.Equal("抖店旗舰店", e.Args["source"]);
        Assert.Equal("3", e.Args["count"]);
        Assert.Equal("60", e.Args["seconds"]);
    }
}
