using LiveRoom.Domain.Groups;
using LiveRoom.Grains.Launches;

namespace LiveRoom.Grains.Tests.Cues;

/// <summary>Which re-registrations a running group must hear about (and which would wake it for nothing).</summary>
public sealed class GroupRegistrationChangeTests
{
    private static readonly GroupRegistration Before = new()
    {
        Id = "g1", Name = "群 1", Owner = "群主", Assistants = ["助理"], SeededMembers = ["托A"], MemberCount = 100, Variant = "A",
    };

    [Fact]
    public void A_re_import_of_the_same_lists_in_new_instances_is_no_change() =>
        Assert.False(GroupRegistrationChange.MattersToTheGroup(Before, Before with { Assistants = ["助理"], SeededMembers = ["托A"] }));

    [Fact]
    public void Tier_and_variant_do_not_concern_the_group_grain() =>
        Assert.False(GroupRegistrationChange.MattersToTheGroup(Before, Before with { Tier = GroupTier.Pond, Variant = "B" }));

    [Fact]
    public void Staff_seeded_members_name_and_member_count_do()
    {
        GroupRegistration[] changes =
        [
            Before with { SeededMembers = ["托A", "托B"] },
            Before with { Assistants = [] },
            Before with { Owner = "新群主" },
            Before with { Name = "群 1（新）" },
            Before with { MemberCount = 120 },
        ];
        Assert.All(changes, after => Assert.True(GroupRegistrationChange.MattersToTheGroup(Before, after)));
    }
}
