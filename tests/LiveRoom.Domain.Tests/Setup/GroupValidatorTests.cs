using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Tests.Setup;

public class GroupValidatorTests
{
    private static readonly GroupRegistration Good = new()
    {
        Id = "core-001",
        Name = "核心群 1",
        Tier = GroupTier.Core,
        Owner = "王老师",
        Assistants = ["小助理"],
        MemberCount = 480,
        SeededMembers = ["托1", "托2"],
        ConversionMode = ConversionMode.GroupBuy,
        Variant = "A",
    };

    private static string[] Fields(GroupRegistration g, string prefix = "")
    {
        var errors = new ValidationErrors();
        GroupValidator.Validate(g, prefix, errors);
        return errors.ToDictionary().Keys.Order().ToArray();
    }

    [Fact]
    public void A_good_group_is_valid()
    {
        Assert.Empty(Fields(Good));
    }

    public static TheoryData<string, Func<GroupRegistration, GroupRegistration>> Broken => new()
    {
        { "id", g => g with { Id = "群1" } },
        { "id", g => g with { Id = "a/b" } },
        { "name", g => g with { Name = "" } },
        { "name", g => g with { Name = new string('群', GroupValidator.MaxNameLength + 1) } },
        { "tier", g => g with { Tier = (GroupTier)9 } },
        { "conversionMode", g => g with { ConversionMode = (ConversionMode)9 } },
        { "memberCount", g => g with { MemberCount = -1 } },
        { "memberCount", g => g with { MemberCount = 100_001 } },
        { "assistants", g => g with { Assistants = Enumerable.Repeat("a", GroupValidator.MaxPeople + 1).ToList() } },
        { "assistants", g => g with { Assistants = [" "] } },
        { "seededMembers", g => g with { SeededMembers = Enumerable.Repeat("s", GroupValidator.MaxPeople + 1).ToList() } },
        { "seededMembers", g => g with { SeededMembers = [""] } },
        { "variant", g => g with { Variant = new string('v', 33) } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_rule_names_its_field(string field, Func<GroupRegistration, GroupRegistration> change)
    {
        Assert.Equal(new[] { field }, Fields(change(Good)));
    }

    [Fact]
    public void Fields_are_prefixed_when_validated_inside_a_list()
    {
        Assert.Equal(new[] { "groups[3].id", "groups[3].name" }, Fields(Good with { Id = "", Name = "" }, "groups[3]"));
    }

    [Fact]
    public void Limits_are_inclusive()
    {
        Assert.Empty(Fields(Good with
        {
            MemberCount = 100_000,
            Name = new string('群', GroupValidator.MaxNameLength),
            Variant = new string('v', 32),
            Id = new string('a', 64),
            Assistants = Enumerable.Repeat("a", GroupValidator.MaxPeople).ToList(),
        }));
    }
}
