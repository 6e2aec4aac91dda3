using LiveRoom.Domain.Playbooks;
using static LiveRoom.Domain.Tests.Playbooks.PlanFixtures;

namespace LiveRoom.Domain.Tests.Playbooks;

public class PlanFingerprintTests
{
    private static readonly PlaybookDefinition Announce = Playbook("""
          - kind: announce
            text: "【{group}】{sku} 抢光了"
        """);

    [Fact]
    public void The_same_plan_made_twice_has_the_same_fingerprint()
    {
        Assert.Equal(PlanFingerprint.Of(PlaybookPlanner.Plan(Announce, Context())), PlanFingerprint.Of(PlaybookPlanner.Plan(Announce, Context())));
    }

    [Fact]
    public void Another_target_group_or_another_text_changes_it()
    {
        var shown = PlanFingerprint.Of(PlaybookPlanner.Plan(Announce, Context()));
        var oneGroupMore = Context() with { Groups = [.. PlanFixtures.Groups, Support.Launches.Group("c3")] };
        var otherText = Playbook("""
              - kind: announce
                text: "【{group}】{sku} 已售罄"
            """);

        Assert.NotEqual(shown, PlanFingerprint.Of(PlaybookPlanner.Plan(Announce, oneGroupMore)));
        Assert.NotEqual(shown, PlanFingerprint.Of(PlaybookPlanner.Plan(otherText, Context())));
    }
}
