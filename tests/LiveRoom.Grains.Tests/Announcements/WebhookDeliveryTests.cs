using System.Text.Json;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Tests.Cluster;

namespace LiveRoom.Grains.Tests.Announcements;

public class WebhookDeliveryTests(ClusterFixture fixture) : AnnouncementTest(fixture)
{
    [Fact]
    public async Task Generic_webhook_posts_are_signed_and_carry_the_idempotency_key()
    {
        await CreateLaunch([Webhook("g1"), Webhook("g2"), Webhook("g3")]);

        var receipt = await Broadcast("{group.name}：{sku.name} 到手价 {price}");
        Assert.Equal(3, receipt.Queued);

        await Wait.Until(() => Receiver.Hits, h => h.Select(x => x.Key).Distinct().Count() == 3, "three posts");
        foreach (var hit in Receiver.Hits)
        {
            Assert.True(WebhookSignature.Verify(Secret, hit.Headers[WebhookSignature.TimestampHeader], hit.Headers[WebhookSignature.SignatureHeader], hit.Body, DateTimeOffset.UtcNow),
                "signature must verify with the group's secret");
            Assert.False(WebhookSignature.Verify("another-secret-0123456789", hit.Headers[WebhookSignature.TimestampHeader], hit.Headers[WebhookSignature.SignatureHeader], hit.Body, DateTimeOffset.UtcNow));
            using var body = JsonDocument.Parse(hit.Body);
            var group = body.RootElement.GetProperty("groupId").GetString();
            Assert.Equal($"{LaunchId}:{receipt.AnnouncementId}:{group}", hit.Key);
            Assert.Equal(hit.Key, body.RootElement.GetProperty("idempotencyKey").GetString());
            Assert.Equal($"群 {group}：冷敷凝胶 到手价 99", body.RootElement.GetProperty("text").GetString());
            Assert.Equal("text", body.RootElement.GetProperty("format").GetString());
        }
        await DeliveriesUntil(d => d.Count == 3 && d.All(r => r.Status == DeliveryStatus.Sent), "three sent");
    }

    [Fact]
    public async Task Wecom_robots_get_their_own_message_format()
    {
        await CreateLaunch([WeCom("g1")]);
        await Broadcast("### {group.name}\n还有 {sku.remaining} 件", "md") ;
        await Broadcast("还有 {sku.remaining} 件", "txt");

        // Distinct keys: on a loaded machine a post can outlive the 2 s test timeout and be retried
        // with the same key (at least once, deduplicated by the gateway).
        await Wait.Until(() => Receiver.Hits, h => h.Select(x => x.Key).Distinct().Count() == 2, "two robot posts");
        var bodies = Receiver.Hits.Select(h => JsonDocument.Parse(h.Body).RootElement).ToList();
        Assert.Contains(bodies, b => b.GetProperty("msgtype").GetString() == "text" && b.GetProperty("text").GetProperty("content").GetString() == "还有 1000 件");
        Assert.Contains(bodies, b => b.GetProperty("msgtype").GetString() == "text" && b.GetProperty("text").GetProperty("content").GetString() == "### 群 g1\n还有 1000 件");
        Assert.All(Receiver.Hits, h => Assert.False(h.Headers.ContainsKey(WebhookSignature.SignatureHeader)));
    }

    [Fact]
    public async Task Failure_429_and_timeout_are_retried_with_the_same_key_until_delivered()
    {
        Receiver.Respond = h => h.Attempt switch
        {
            1 => (500, TimeSpan.Zero, null),
            2 => (429, TimeSpan.Zero, null),
            3 => (200, TimeSpan.FromSeconds(3), null), // slower than the 2 s send timeout of the test cluster
            _ => (200, TimeSpan.Zero, null),
        };
        await CreateLaunch([Webhook("g1")]);
        await Broadcast("开抢了");

        var rows = await DeliveriesUntil(d => d.Count == 1 && d[0].Status == DeliveryStatus.Sent, "delivered after retries");
        Assert.True(rows[0].Attempts >= 4, $"{rows[0].Attempts} attempts");
        await Wait.Until(() => Receiver.Hits, h => h.Count >= 4, "four attempts seen by the receiver");
        Assert.Single(Receiver.Hits.Select(h => h.Key).Distinct());
    }

    [Fact]
    public async Task A_gateway_that_keeps_failing_ends_as_a_dead_letter_with_its_error_and_can_be_resent()
    {
        Receiver.Respond = _ => (503, TimeSpan.Zero, null);
        await CreateLaunch([Webhook("g1"), Group("g2")]);
        await Broadcast("开抢了");

        var dead = await DeliveriesUntil(d => d.Any(r => r.Status == DeliveryStatus.Failed), "a dead letter");
        var row = dead.Single(r => r.GroupId == "g1");
        Assert.Equal(4, row.Attempts);
        Assert.Contains("503", row.Error, StringComparison.Ordinal);
        var matrix = await Announcements.GetMatrix();
        Assert.Equal("g1", Assert.Single(matrix.DeadLetters).GroupId);
        Assert.Equal(DeliveryStatus.Sent, matrix.Rows.Single(r => r.GroupId == "g2").Cells.Single());

        Receiver.Respond = _ => (200, TimeSpan.Zero, null);
        Assert.Equal(1, await Announcements.ResendFailed("tester"));
        await DeliveriesUntil(d => d.All(r => r.Status == DeliveryStatus.Sent), "resent and delivered");
    }

    [Fact]
    public async Task A_permanent_4xx_is_dead_lettered_without_retrying()
    {
        Receiver.Respond = _ => (404, TimeSpan.Zero, null);
        await CreateLaunch([Webhook("g1")]);
        await Broadcast("开抢了");
        var rows = await DeliveriesUntil(d => d.Count == 1 && d[0].Status == DeliveryStatus.Failed, "dead letter");
        Assert.Equal(1, rows[0].Attempts);
    }

    [Fact]
    public async Task The_per_robot_limit_is_honoured_across_groups_sharing_a_robot()
    {
        // 3 per window (2 s in the test cluster, a minute in production), 7 groups on one robot.
        await CreateLaunch(Enumerable.Range(1, 7).Select(i => WeCom($"g{i}", perMinute: 3)));
        await Broadcast("还有 {sku.remaining} 件");

        await Wait.Until(() => Receiver.Hits, h => h.Select(x => x.Key).Distinct().Count() == 7, "all seven posts", TimeSpan.FromSeconds(15));
        var times = Receiver.Hits.Select(h => h.At).Order().ToList();
        for (var i = 3; i < times.Count; i++)
            Assert.True(times[i] - times[i - 3] >= TimeSpan.FromSeconds(1.9), $"posts {i - 3} and {i} only {(times[i] - times[i - 3]).TotalSeconds:0.00} s apart");
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(3.9), "seven posts at three per 2 s take at least two windows");
    }
}
