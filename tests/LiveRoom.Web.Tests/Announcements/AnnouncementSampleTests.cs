using LiveRoom.Domain.Launches;
using LiveRoom.Web.Announcements;

namespace LiveRoom.Web.Tests.Announcements;

/// <summary>The board's next-announcement line reads as the notice will, not as raw {placeholders}.</summary>
public sealed class AnnouncementSampleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 8, 12, 0, 0, TimeSpan.Zero);

    private static readonly LaunchDefinition Launch = new()
    {
        Id = "l1", Name = "年货节", StartsAt = T0, EndsAt = T0.AddHours(2), TimeZone = "America/New_York",
        Skus = [new Sku("s1", "坚果礼盒", 99, 199, 500, 20)],
    };

    [Fact]
    public void Placeholders_take_the_launch_numbers_and_t_minus_as_of_sending()
    {
        var live = new SkuInventory { SkuId = "s1", Name = "坚果礼盒", Price = 89, AnchorPrice = 199, Stock = 500, Sold = 123, Remaining = 377 };
        var text = AnnouncementSample.Render("{launch} 还有 {t_minus} 开抢！{sku.name} ¥{price}（原价 {anchor_price}）仅剩 {sku.remaining} 件",
            Launch, live, T0.AddMinutes(-10), "‹group›", "‹sign-ups›");
        Assert.Equal("年货节 还有 10分钟 开抢！坚果礼盒 ¥89（原价 199）仅剩 377 件", text);
        Assert.DoesNotContain("{", text);
    }

    [Fact]
    public void Per_group_values_show_as_a_marked_sample_and_a_missing_inventory_uses_the_definition()
    {
        var text = AnnouncementSample.Render("{group.name} 已接龙 {group.signups} 人，{sku.remaining} 件 {{限量}}", Launch, null, T0.AddSeconds(-30), "‹group›", "‹sign-ups›");
        Assert.Equal("‹group› 已接龙 ‹sign-ups› 人，500 件 {限量}", text);
    }

    [Fact]
    public void A_template_that_does_not_parse_shows_as_written() =>
        Assert.Equal("{nope}", AnnouncementSample.Render("{nope}", Launch, null, T0, "g", "n"));
}
