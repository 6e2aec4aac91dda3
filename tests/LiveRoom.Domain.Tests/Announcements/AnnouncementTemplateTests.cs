using System.Text;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Tests.Support;

namespace LiveRoom.Domain.Tests.Announcements;

public class AnnouncementTemplateTests
{
    [Fact]
    public void Renders_every_placeholder_with_the_groups_own_numbers()
    {
        var t0 = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
        var launch = Support.Launches.Definition(t0) with { SaleLink = "https://shop.example/p/1" };
        var template = AnnouncementTemplate.Parse(
            "{launch}还有{t_minus}开抢！{sku.name} 到手价{price}（原价{anchor_price}），剩{sku.remaining}件。{group.name}已接龙{group.signups}人 {link} {{原样}}");
        var values = TemplateValues.For(launch, null, "宝妈一群", 37, t0.AddMinutes(-10));

        Assert.Equal("冷敷凝胶 周四福利还有10分钟开抢！冷敷凝胶 到手价99（原价199），剩100件。宝妈一群已接龙37人 https://shop.example/p/1 {原样}",
            template.Render(values));
    }

    [Theory]
    [InlineData("还有{t_minus2}开抢", "unknown placeholder '{t_minus2}'")]
    [InlineData("  ", "must not be empty")]
    [InlineData("价格 {price", "unmatched '{'")]
    [InlineData("价格 price}", "unmatched '}'")]
    public void Invalid_templates_are_rejected_with_the_reason(string source, string expected)
    {
        Assert.Null(AnnouncementTemplate.TryParse(source, ChannelLimits.WeComTextBytes, out var errors));
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Over_the_wecom_limit_counts_utf8_bytes_not_characters()
    {
        // 700 Chinese characters are 2,100 bytes in UTF-8: over WeCom's 2,048 though only 700 chars.
        var longText = new string('抢', 700);
        Assert.Equal(2_100, Encoding.UTF8.GetByteCount(longText));
        Assert.Null(AnnouncementTemplate.TryParse(longText, ChannelLimits.WeComTextBytes, out var errors));
        Assert.Contains(errors, e => e.Contains("2048", StringComparison.Ordinal) || e.Contains("2,048", StringComparison.Ordinal));
        Assert.NotNull(AnnouncementTemplate.TryParse(longText, ChannelLimits.GenericTextBytes, out _));
    }

    [Fact]
    public void The_limit_check_assumes_the_longest_values_of_placeholders()
    {
        var nearLimit = new string('a', ChannelLimits.WeComTextBytes - 100);
        Assert.NotNull(AnnouncementTemplate.TryParse(nearLimit, ChannelLimits.WeComTextBytes, out _));
        Assert.Null(AnnouncementTemplate.TryParse(nearLimit + "{link}", ChannelLimits.WeComTextBytes, out _));
    }

    [Theory]
    [InlineData(600, "10分钟")]
    [InlineData(599.5, "10分钟")]
    [InlineData(59, "59秒")]
    [InlineData(70, "1分钟")]
    [InlineData(3600, "1小时")]
    [InlineData(3900, "1小时5分钟")]
    [InlineData(0, "已开售")]
    [InlineData(-30, "已开售")]
    public void T_minus_reads_as_people_say_it(double seconds, string expected) =>
        Assert.Equal(expected, TemplateValues.TMinus(TimeSpan.FromSeconds(seconds)));
}
