using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Playbooks;
using static LiveRoom.Domain.Tests.Playbooks.PlanFixtures;

namespace LiveRoom.Domain.Tests.Playbooks;

public class PlaybookPlannerTests
{
    [Fact]
    public void Texts_are_rendered_per_group_of_the_scope_and_a_swapped_link_reaches_later_steps()
    {
        var playbook = Playbook("""
              - kind: announce
                text: "【{group}】{sku} {link}"
              - kind: swap_link
                link: https://new.example/sale
              - kind: announce
                text: "{link}"
            """);
        var plan = PlaybookPlanner.Plan(playbook, Context(new TriggerScope { Kind = ScopeKind.Tier, Tier = GroupTier.Core }));
        Assert.Equal([new GroupMessage("c1", "【群 c1】冷敷凝胶 https://old.example/sale"), new GroupMessage("c2", "【群 c2】冷敷凝胶 https://old.example/sale")], plan[0].Messages);
        Assert.Equal("https://new.example/sale", plan[1].Link);
        Assert.All(plan[2].Messages, m => Assert.Equal("https://new.example/sale", m.Text));
    }

    [Fact]
    public void Conditions_decide_which_steps_apply_and_tiers_narrow_the_targets()
    {
        var playbook = Playbook("""
              - kind: announce
                when: { phases: [closing] }
                text: a
              - kind: announce
                when: { skuSoldOut: true }
                text: b
              - kind: cue
                cueKind: counter_negative
                when: { tiers: [core] }
                text: c
              - kind: cue
                cueKind: topic
                when: { tiers: [core] }
                text: d
            """);
        var groups = new TriggerScope { Kind = ScopeKind.Groups, GroupIds = ["c1", "p1", "t1"] };
        var plan = PlaybookPlanner.Plan(playbook, Context(groups, LaunchPhase.Live, soldOut: true));
        Assert.False(plan[0].Applies);
        Assert.Equal("playbook.only_in_phase", plan[0].NotApplicable?.Code);
        Assert.Contains("Closing", plan[0].NotApplicable!.Arg("phases"), StringComparison.Ordinal);
        Assert.Equal(["c1", "p1", "t1"], plan[1].Messages.Select(m => m.GroupId));
        Assert.Equal(["c1"], plan[2].Messages.Select(m => m.GroupId));

        var notSoldOut = PlaybookPlanner.Plan(playbook, Context(new TriggerScope { Kind = ScopeKind.Group, GroupIds = ["p1"] }, soldOut: false));
        Assert.False(notSoldOut[1].Applies);
        Assert.False(notSoldOut[2].Applies);
        Assert.Equal(RunTexts.NoTargetGroup, notSoldOut[3].NotApplicable);
    }

    [Fact]
    public void Pause_sku_takes_the_trigger_sku_when_the_step_names_none()
    {
        var playbook = Playbook("  - kind: pause_sku\n  - kind: pause_sku\n    sku: other\n    paused: false\n");
        var plan = PlaybookPlanner.Plan(playbook, Context());
        Assert.Equal(("sku-1", true), (plan[0].SkuId, plan[0].Paused));
        Assert.Equal(("other", false), (plan[1].SkuId, plan[1].Paused));
        Assert.False(PlaybookPlanner.Plan(playbook, Context(sku: null))[0].Applies);
    }
}
