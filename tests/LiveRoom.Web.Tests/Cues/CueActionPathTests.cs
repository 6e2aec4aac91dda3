using LiveRoom.Web.Cues;

namespace LiveRoom.Web.Tests.Cues;

/// <summary>The action is the last segment of a member's cue URL; the cue id, slashes and all, is the rest.</summary>
public class CueActionPathTests
{
    [Theory]
    [InlineData("l1/g1/Answer/manual-abc/托/A/ack", "l1/g1/Answer/manual-abc/托/A", "ack")]
    [InlineData("l1/g1/Answer/q1/done", "l1/g1/Answer/q1", "done")]
    [InlineData("nothing", "nothing", "")]
    public void The_action_is_the_last_segment(string path, string cueId, string action) =>
        Assert.Equal(new CueActionPath(cueId, action), CueActionPath.Parse(path));
}
