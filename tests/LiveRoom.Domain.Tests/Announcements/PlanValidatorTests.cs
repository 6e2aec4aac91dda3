using LiveRoom.Domain.Announcements;

namespace LiveRoom.Domain.Tests.Announcements;

public class PlanValidatorTests
{
    [Fact]
    public void Every_problem_is_reported_under_its_field()
    {
        var plan = new AnnouncementPlan
        {
            Entries =
            [
                new ScheduleEntry { Id = "a", Offset = TimeSpan.FromMinutes(-10), Template = "还有{t_minus}" },
                new ScheduleEntry { Id = "a", Offset = TimeSpan.FromMinutes(-1), Template = "{grup.name}" },
                new ScheduleEntry { Id = "r", Offset = TimeSpan.FromMinutes(-5), Template = "剩{sku.remaining}", RepeatEvery = TimeSpan.FromSeconds(30) },
                new ScheduleEntry { Id = "l", Template = "x", Target = new AnnouncementTarget { Kind = TargetKind.List, GroupIds = ["g1", "nope"] } },
                new ScheduleEntry { Id = "t", Template = "", Target = new AnnouncementTarget { Kind = TargetKind.Tier } },
            ],
        };
        var errors = PlanValidator.Validate(plan, ChannelLimits.WeComTextBytes, new HashSet<string> { "g1" }).ToDictionary();

        Assert.Equal(
            ["entries[1].id", "entries[1].template", "entries[2].offset", "entries[2].repeatEvery", "entries[3].target.groupIds", "entries[4].target.tier", "entries[4].template"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("nope", errors["entries[3].target.groupIds"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_plan_has_no_errors() =>
        Assert.True(PlanValidator.Validate(new AnnouncementPlan
        {
            Entries = [new ScheduleEntry { Id = "t0", Template = "开抢啦 {link}" }, new ScheduleEntry { Id = "left", Template = "剩{sku.remaining}", RepeatEvery = TimeSpan.FromMinutes(2) }],
        }, ChannelLimits.WeComTextBytes).IsValid);
}
