using LiveRoom.Domain.Announcements;
using LiveRoom.Web.Announcements;

namespace LiveRoom.Web.Tests.Announcements;

/// <summary>The plan shows and takes offsets as operators write them, never as fractions of a minute.</summary>
public sealed class PlanOffsetTests
{
    [Theory]
    [InlineData(-10, "T-10s")]
    [InlineData(-120, "T-2m")]
    [InlineData(3600, "T+1h")]
    [InlineData(0, "T0")]
    [InlineData(-90, "T-90s")]
    [InlineData(-5400, "T-90m")]
    public void Offsets_format_as_operators_write_them(int seconds, string expected) =>
        Assert.Equal(expected, PlanOffset.Format(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData("T-10s", -10)]
    [InlineData("t-2m", -120)]
    [InlineData("T+1h", 3600)]
    [InlineData("T0", 0)]
    [InlineData(" T - 1h30m ", -5400)]
    [InlineData("-10", -600)]
    [InlineData("2.5", 150)]
    [InlineData("T−30s", -30)]
    public void Offsets_parse_from_what_operators_write(string text, int seconds)
    {
        Assert.True(PlanOffset.TryParse(text, out var offset));
        Assert.Equal(TimeSpan.FromSeconds(seconds), offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("T-10x")]
    [InlineData("T-m")]
    [InlineData("T-10s5")]
    public void Anything_else_is_refused(string text) => Assert.False(PlanOffset.TryParse(text, out _));

    [Fact]
    public void A_ten_second_entry_round_trips_through_the_editor_without_a_fraction()
    {
        var plan = new AnnouncementPlan { Entries = [new ScheduleEntry { Id = "e1", Offset = TimeSpan.FromSeconds(-10), Template = "{launch}" }] };
        var form = AnnouncementPlanForm.From(plan);
        Assert.Equal("T-10s", form.Entries[0].Offset);
        Assert.Empty(form.OffsetErrors());
        Assert.Equal(TimeSpan.FromSeconds(-10), form.ToPlan().Entries[0].Offset);

        form.Entries[0].Offset = "ten seconds before";
        Assert.Equal(["entries[0].offset"], form.OffsetErrors().Keys);
    }
}
