using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Tests.Cues;

/// <summary>Cue ids are built and read by <see cref="CueId"/> alone, in the format already stored and sent.</summary>
public class CueIdTests
{
    [Fact]
    public void A_cue_id_keeps_its_format_and_reads_back()
    {
        Assert.Equal("l1/g1/Answer/q1", CueId.Of("l1", "g1", CueKind.Answer, "q1"));
        Assert.Equal("l1/g1/Answer/manual-abc/托/A", CueId.Of("l1", "g1", CueKind.Answer, "manual-abc", "托/A"));
        Assert.Equal(new CueId("l1", "g1", CueKind.Answer, "q1"), CueId.Parse("l1/g1/Answer/q1"));
        Assert.Equal(new CueId("l1", "g1", CueKind.Answer, "manual-abc", "托/A"), CueId.Parse("l1/g1/Answer/manual-abc/托/A"));
    }

    [Theory]
    [InlineData("l1/g1/Answer")]
    [InlineData("l1/g1/NoSuchKind/q1")]
    [InlineData("l1//Answer/q1")]
    public void Another_shape_is_refused(string id) => Assert.Throws<FormatException>(() => CueId.Parse(id));
}
