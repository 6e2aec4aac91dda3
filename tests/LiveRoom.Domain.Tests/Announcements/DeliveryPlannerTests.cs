using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Setup;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Tests.Announcements;

public class DeliveryPlannerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 12, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = T0.AddHours(-1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static readonly DeliveryChannel Robot = new() { Kind = ChannelKind.WeCom, Url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=robot-1" };
    private static readonly DeliveryChannel Gateway = new() { Kind = ChannelKind.Webhook, Url = "https://gw.example/bot", Secret = "0123456789abcdef0123" };

    private static GroupRegistration Group(int i, DeliveryChannel? channel, GroupKind kind = GroupKind.Unspecified) =>
        new() { Id = $"g{i:000}", Name = $"群{i}", Channel = channel, Kind = kind };

    private static AnnouncementPlan Plan(params (string Id, TimeSpan Offset)[] entries) => new()
    {
        Entries = entries.Select(e => new ScheduleEntry { Id = e.Id, Offset = e.Offset, Template = "还有 {t_minus} 开抢" }).ToList(),
    };

    private static DeliveryForecast Forecast(AnnouncementPlan plan, IReadOnlyList<GroupRegistration> groups) =>
        DeliveryPlanner.Forecast(plan, T0, T0.AddHours(2), new Dictionary<string, int>(), groups, Now, Minute);

    [Fact]
    public void Twenty_groups_on_one_robot_land_on_time_and_the_twenty_first_waits_a_minute()
    {
        var groups = Enumerable.Range(0, 21).Select(i => Group(i, Robot, GroupKind.WeComInternal)).ToList();

        var forecast = Forecast(Plan(("t-10m", TimeSpan.FromMinutes(-10))), groups);

        var notice = Assert.Single(forecast.Notices);
        Assert.Equal((21, 20, 1, 0), (notice.Groups, notice.OnTime, notice.Late, notice.Impossible));
        var late = Assert.Single(forecast.AtRisk);
        Assert.Equal("g020", late.GroupId);
        Assert.Equal(DeliveryVerdict.Late, late.Verdict);
        Assert.Equal(T0.AddMinutes(-10) + Minute + DeliveryPlanner.SendToLand, late.LandsAt);
        Assert.Equal(DeliveryPlanner.RateLimited, late.Reason!.Code);
        Assert.Equal([DeliveryPlanner.FixSendEarlier, DeliveryPlanner.FixMoreRobots], late.Fixes.Select(f => f.Code));
        Assert.Equal("2", late.Fixes[1].Arg("robots"));
    }

    [Fact]
    public void A_robot_shared_by_too_many_groups_makes_the_last_ones_impossible_past_the_late_window()
    {
        // 100 groups on one robot: five minutes to reach the last; the plan tolerates two.
        var groups = Enumerable.Range(0, 100).Select(i => Group(i, Robot)).ToList();

        var forecast = Forecast(Plan(("t0", TimeSpan.Zero)), groups);

        var notice = Assert.Single(forecast.Notices);
        Assert.Equal(20, notice.OnTime);
        // Sent one or two minutes late: within the plan's late window (2 minutes past the on-time
        // slack). Three minutes and more: its numbers are wrong by then.
        Assert.Equal(40, notice.Late);
        Assert.Equal(40, notice.Impossible);
        Assert.Equal(80, forecast.AtRiskTotal);
        var worst = forecast.AtRisk[0];
        Assert.Equal(DeliveryVerdict.Impossible, worst.Verdict);
        Assert.Equal(DeliveryPlanner.TooLate, worst.Reason!.Code);
        Assert.Equal("5", worst.Fixes.Single(f => f.Code == DeliveryPlanner.FixMoreRobots).Arg("robots"));
    }

    [Fact]
    public void Notices_close_together_share_the_robots_window()
    {
        // 15 groups, notices 30 s apart: the second notice's last 10 groups wait for the first's slots.
        var groups = Enumerable.Range(0, 15).Select(i => Group(i, Robot)).ToList();

        var forecast = Forecast(Plan(("a", TimeSpan.FromMinutes(-1)), ("b", TimeSpan.FromSeconds(-30))), groups);

        Assert.Equal(15, forecast.Notices[0].OnTime);
        Assert.Equal((5, 10), (forecast.Notices[1].OnTime, forecast.Notices[1].Late));
        Assert.All(forecast.AtRisk, r => Assert.Equal(T0 + DeliveryPlanner.SendToLand, r.LandsAt));
    }

    [Fact]
    public void An_unlimited_gateway_lands_everything_on_time()
    {
        var groups = Enumerable.Range(0, 2_000).Select(i => Group(i, Gateway, GroupKind.WeChatPersonal)).ToList();

        var forecast = Forecast(Plan(("t-1m", -Minute), ("t0", TimeSpan.Zero)), groups);

        Assert.All(forecast.Notices, n => Assert.Equal(2_000, n.OnTime));
        Assert.Equal(0, forecast.AtRiskTotal);
    }

    [Fact]
    public void A_channel_that_cannot_reach_the_kind_of_chat_is_impossible_with_the_channel_that_would()
    {
        GroupRegistration[] groups =
        [
            Group(1, Robot, GroupKind.WeComCustomer),   // the robot is documented for internal groups
            Group(2, null, GroupKind.WeChatPersonal),   // the inbox is not the chat
            Group(3, null),                             // unspecified kind: the inbox is what the demo uses
        ];

        var forecast = Forecast(Plan(("t0", TimeSpan.Zero)), groups);

        Assert.Equal((1, 2), (forecast.Notices[0].OnTime, forecast.Notices[0].Impossible));
        var robot = forecast.AtRisk.Single(r => r.GroupId == "g001");
        Assert.Equal("reach.robot_internal_only", robot.Reason!.Code);
        Assert.Null(robot.LandsAt);
        Assert.Equal(DeliveryPlanner.FixOtherChannel, Assert.Single(robot.Fixes).Code);
        Assert.Equal(DeliveryPlanner.NoChannel, forecast.AtRisk.Single(r => r.GroupId == "g002").Reason!.Code);
    }

    [Fact]
    public void Past_handled_and_cancelled_notices_are_not_planned()
    {
        var plan = Plan(("past", TimeSpan.FromHours(-2)), ("done", TimeSpan.FromMinutes(-30)), ("next", TimeSpan.Zero)) is var p
            ? p with { Entries = [.. p.Entries, new ScheduleEntry { Id = "cancelled", Offset = TimeSpan.FromMinutes(5), Template = "x", Cancelled = true }] }
            : p;

        var forecast = DeliveryPlanner.Forecast(plan, T0, T0.AddHours(2), new Dictionary<string, int> { ["done"] = 1 },
            [Group(1, Gateway)], Now, Minute);

        Assert.Equal(["next"], forecast.Notices.Select(n => n.EntryId));
    }

    [Fact]
    public void A_registration_pairing_a_channel_with_a_chat_it_cannot_reach_is_refused()
    {
        var errors = new ValidationErrors();
        GroupValidator.Validate(Group(1, Robot, GroupKind.WeChatPersonal), "groups[0]", errors);
        Assert.False(errors.IsValid);
        Assert.Contains("groups[0].channel.kind", errors.ToDictionary().Keys);

        var fine = new ValidationErrors();
        GroupValidator.Validate(Group(2, Robot, GroupKind.WeComInternal), "groups[0]", fine);
        Assert.True(fine.IsValid);
    }

    [Fact]
    public void An_owner_posting_fifty_groups_by_hand_is_late_on_the_later_ones_and_helpers_are_the_fix()
    {
        var staff = new DeliveryChannel { Kind = ChannelKind.StaffPost };
        var groups = Enumerable.Range(0, 50).Select(i => Group(i, staff, GroupKind.WeChatPersonal) with { Owner = "小美" }).ToList();

        var forecast = Forecast(Plan(("t-5m", TimeSpan.FromMinutes(-5))), groups);

        // 15 s a group by hand: the first 8 are posted within the 2 minutes the matrix allows, 8 more
        // within the plan's late window after that, the other 34 too late.
        var notice = Assert.Single(forecast.Notices);
        Assert.Equal((8, 8, 34), (notice.OnTime, notice.Late, notice.Impossible));
        var late = forecast.AtRisk.Last(r => r.Verdict == DeliveryVerdict.Late);
        Assert.Equal(DeliveryPlanner.StaffPace, late.Reason!.Code);
        Assert.Equal("7", late.Fixes.Single(f => f.Code == DeliveryPlanner.FixMoreStaff).Arg("people"));
    }

    [Fact]
    public void A_stale_notice_is_skipped_by_the_poster_and_repeating_notices_are_told_apart_by_their_time()
    {
        var staff = new DeliveryChannel { Kind = ChannelKind.StaffPost };
        var groups = Enumerable.Range(0, 50).Select(i => Group(i, staff, GroupKind.WeChatPersonal) with { Owner = "小美" }).ToList();
        var plan = new AnnouncementPlan
        {
            Entries = [new ScheduleEntry { Id = "left", Offset = TimeSpan.FromMinutes(2), Template = "还剩 {sku.remaining}", RepeatEvery = TimeSpan.FromMinutes(10) }],
        };

        var forecast = Forecast(plan, groups);

        Assert.Equal(["T+2m", "T+12m", "T+22m"], forecast.Notices.Take(3).Select(n => n.Label));
        // Each notice starts afresh: the 34 groups a person cannot reach in time do not delay the next notice.
        Assert.All(forecast.Notices, n => Assert.Equal((8, 8, 34), (n.OnTime, n.Late, n.Impossible)));
    }
}
