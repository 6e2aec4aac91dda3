using LiveRoom.Domain.Chat;
using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Tests;

/// <summary>The launch model's funnel produces the rates it is configured with, and what it writes LiveRoom can read.</summary>
public sealed class LaunchModelTests
{
    private static readonly LaunchScript Script = Models.Large;
    private static readonly Funnel F = Funnel.Default;

    private static int Count(ModelKind kind) => Script.Events.Count(e => e.Kind == kind);

    private static int RegisteredMembers => Script.Groups.Sum(g => g.InitialMembers);

    [Fact]
    public void Share_of_members_who_visit_matches_the_funnel() =>
        Assert.InRange(Script.Truth.UniqueVisitors / (double)RegisteredMembers, F.Visit - 0.02, F.Visit + 0.02);

    [Fact]
    public void Visitors_come_back_as_often_as_the_repeat_rate_says()
    {
        var expected = 1 / (1 - F.RepeatVisit);
        Assert.InRange(Script.Truth.PageViews / (double)Script.Truth.UniqueVisitors, expected * 0.95, expected * 1.05);
    }

    [Fact]
    public void Sign_ups_per_visitor_match_the_funnel_over_the_tier_mix()
    {
        // Tiers are a third each; their factors average to 1.
        var rate = Script.Truth.Signups!.Value / (double)Script.Truth.UniqueVisitors;
        Assert.InRange(rate, F.Signup - 0.03, F.Signup + 0.03);
    }

    [Fact]
    public void Orders_per_visitor_follow_from_sign_ups_and_walk_ins()
    {
        var wanted = Script.Orders.Count + Script.SoldOutMisses;
        var expected = F.Signup * F.OrderAfterSignup + (1 - F.Signup) * F.OrderWithoutSignup;
        Assert.InRange(wanted / (double)Script.Truth.UniqueVisitors, expected - 0.025, expected + 0.025);
    }

    [Fact]
    public void Core_groups_convert_better_than_pond_groups()
    {
        double Rate(int tier) =>
            Script.Groups.Where(g => g.Tier == tier).Sum(g => Script.Truth.OrdersByGroup.GetValueOrDefault(g.Id))
            / (double)Script.Groups.Where(g => g.Tier == tier).Sum(g => g.InitialMembers);
        Assert.True(Rate(2) > Rate(0) * 1.3, $"core {Rate(2):P1} vs pond {Rate(0):P1}");
    }

    [Fact]
    public void The_hot_sku_sells_out_and_buyers_fall_back_to_the_next()
    {
        var hot = Script.Skus[0];
        var soldOrRefunded = Script.Orders.Where(o => o.Sku == 0).Sum(o => o.Quantity);
        Assert.True(hot.Stock - soldOrRefunded < 3, $"hot SKU left {hot.Stock - soldOrRefunded} of {hot.Stock}");
        // Buyers who wanted the hot SKU took the main one: it sells more than its own share of wishes.
        Assert.True(Script.Truth.SoldBySku["mask"] > Script.Truth.SoldBySku["spray"] * 2);
        Assert.All(Script.Skus, s => Assert.True(Script.Orders.Where(o => o.Sku == Array.IndexOf(Script.Skus, s)).Sum(o => o.Quantity) <= s.Stock));
    }

    [Fact]
    public void Refunds_are_a_small_share_and_leave_the_truth()
    {
        var refunds = Count(ModelKind.Refund);
        Assert.Equal(Script.Orders.Count(o => o.Refunded), refunds);
        Assert.InRange(refunds / (double)Script.Orders.Count, F.Refund - 0.01, F.Refund + 0.01);
        Assert.Equal(Script.Orders.Count - refunds, Script.Truth.Orders);
        Assert.Equal(Script.Orders.Where(o => !o.Refunded).Sum(o => o.Amount), Script.Truth.Gmv);
    }

    [Fact]
    public void Members_at_the_end_are_registered_plus_joins_minus_leaves()
    {
        Assert.Equal(RegisteredMembers + Count(ModelKind.Join) - Count(ModelKind.Leave), Script.Truth.Members);
        Assert.InRange(Count(ModelKind.Join) / (double)RegisteredMembers, F.JoinShare * 0.8, F.JoinShare * 1.2);
        // A member leaves at most once.
        Assert.Equal(Count(ModelKind.Leave), Script.Events.Where(e => e.Kind == ModelKind.Leave).Select(e => (e.Group, e.Member)).Distinct().Count());
    }

    [Fact]
    public void Chat_holds_questions_and_negatives_in_their_shares()
    {
        var chat = Script.Events.Where(e => e.Kind == ModelKind.Chat).ToList();
        Assert.InRange(chat.Count / (double)RegisteredMembers, F.ChatPerMember * 0.9, F.ChatPerMember * 1.1);
        Assert.InRange(chat.Count(e => ChatText.IsQuestion(e.Arg)) / (double)chat.Count, F.QuestionShare - 0.03, F.QuestionShare + 0.03);
        Assert.InRange(chat.Count(e => ChatText.IsNegative(e.Arg)) / (double)chat.Count, F.NegativeShare - 0.02, F.NegativeShare + 0.02);
    }

    [Fact]
    public void Each_groups_latest_chain_post_reads_as_its_sign_ups_with_LiveRooms_parser()
    {
        foreach (var g in Script.Groups.Take(60))
        {
            var signups = Script.Truth.SignupsByGroup[g.Id];
            if (signups == 0) continue;
            var text = ChainText.Post(g.ChainHeader, g.ChainLines, signups);
            Assert.True(text.Length <= 4_000, $"{g.Id}: {text.Length} characters");
            var post = ChainParser.Parse(text);
            Assert.NotNull(post);
            Assert.Equal(signups, post.Entries.Count);
            Assert.Equal(Enumerable.Range(1, signups), post.Entries.Select(e => e.Number));
        }
    }

    [Fact]
    public void Chain_posts_of_a_group_have_strictly_increasing_times()
    {
        foreach (var posts in Script.Events.Where(e => e.Kind == ModelKind.ChainPost).GroupBy(e => e.Group))
        {
            var ordered = posts.OrderBy(e => e.Arg).Select(e => e.AtMs).ToList();
            Assert.True(ordered.Zip(ordered.Skip(1)).All(p => p.First < p.Second));
        }
    }

    [Fact]
    public void Orders_come_only_after_the_sale_opens_and_every_event_lies_within_the_run()
    {
        var t0 = Script.Options.Profile.T0 * Script.DurationMs;
        Assert.All(Script.Events.Where(e => e.Kind == ModelKind.Order), e => Assert.True(e.AtMs >= t0));
        Assert.All(Script.Events, e => Assert.InRange(e.AtMs, 0, Script.DurationMs - 1));
        Assert.True(Script.Events.Zip(Script.Events.Skip(1)).All(p => p.First.AtMs <= p.Second.AtMs), "events are in time order");
    }
}
