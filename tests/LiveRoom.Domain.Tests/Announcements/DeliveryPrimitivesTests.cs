using System.Text.Json;
using LiveRoom.Domain.Announcements;

namespace LiveRoom.Domain.Tests.Announcements;

public class DeliveryPrimitivesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_window_allows_twenty_a_minute_then_waits_for_the_oldest_to_expire()
    {
        var w = new RateWindow(20);
        for (var i = 0; i < 20; i++) w.TryTake(Now.AddSeconds(i))!.CompletedAt = Now.AddSeconds(i);
        Assert.Null(w.TryTake(Now.AddSeconds(30)));
        Assert.Equal(Now.AddMinutes(1), w.NextSlot(Now.AddSeconds(30)));
        Assert.NotNull(w.TryTake(Now.AddMinutes(1)));
        Assert.Null(w.TryTake(Now.AddMinutes(1)));
    }

    [Fact]
    public void A_slot_counts_from_when_its_send_completed_not_when_it_started()
    {
        var w = new RateWindow(1);
        var slot = w.TryTake(Now)!;
        Assert.Null(w.TryTake(Now.AddMinutes(5))); // still in flight: occupies the slot
        slot.CompletedAt = Now.AddSeconds(10);     // the receiver saw it late
        Assert.Equal(Now.AddSeconds(70), w.NextSlot(Now.AddSeconds(30)));
        Assert.Null(w.TryTake(Now.AddSeconds(69)));
        Assert.NotNull(w.TryTake(Now.AddSeconds(70)));
    }

    [Fact]
    public void Backoff_doubles_is_jittered_capped_and_respects_retry_after()
    {
        var p = new RetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 5);
        Assert.Equal(TimeSpan.FromSeconds(0.5), p.DelayAfter(1, 0));
        Assert.Equal(TimeSpan.FromSeconds(2), p.DelayAfter(3, 0));
        Assert.Equal(TimeSpan.FromSeconds(4), p.DelayAfter(3, 0.9999999).RoundSeconds());
        Assert.Equal(TimeSpan.FromSeconds(10), p.DelayAfter(10, 0.9999999).RoundSeconds());
        Assert.Equal(TimeSpan.FromSeconds(30), p.DelayAfter(1, 0, retryAfter: TimeSpan.FromSeconds(30)));
        Assert.False(p.Exhausted(4));
        Assert.True(p.Exhausted(5));
    }

    [Fact]
    public void Wecom_payload_is_the_robot_format_and_marks_late_notices()
    {
        var m = Message() with { Late = true };
        using var doc = JsonDocument.Parse(OutboundPayloads.WeCom(m));
        Assert.Equal("text", doc.RootElement.GetProperty("msgtype").GetString());
        Assert.Equal("【补发】还有10分钟", doc.RootElement.GetProperty("text").GetProperty("content").GetString());

        using var md = JsonDocument.Parse(OutboundPayloads.WeCom(Message() with { Format = MessageFormat.Markdown }));
        Assert.Equal("还有10分钟", md.RootElement.GetProperty("markdown").GetProperty("content").GetString());
    }

    [Fact]
    public void Secrets_are_masked()
    {
        var c = new DeliveryChannel { Kind = ChannelKind.WeCom, Url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcdef-123456", Secret = "super-secret-key-123" }.Masked();
        Assert.DoesNotContain("abcdef", c.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", c.Secret, StringComparison.Ordinal);
        Assert.StartsWith("https://qyapi.weixin.qq.com", c.Url, StringComparison.Ordinal);
    }

    private static OutboundMessage Message() => new()
    {
        LaunchId = "l1", GroupId = "g1", AnnouncementId = "t10#0", Text = "还有10分钟", QueuedAt = Now,
    };
}

internal static class TimeSpanRounding
{
    public static TimeSpan RoundSeconds(this TimeSpan t) => TimeSpan.FromSeconds(Math.Round(t.TotalSeconds));
}
