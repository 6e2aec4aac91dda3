using System.Text;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Cluster;

namespace LiveRoom.Grains.Tests.Playbooks;

public class NotifyTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    [Fact]
    public async Task A_notify_step_posts_a_signed_webhook_with_an_idempotency_key_and_swaps_the_link_first()
    {
        await CreateLaunch([Group("a")]);
        var (playbook, errors) = PlaybookReader.Read("n.yaml", """
            id: n
            name: 链接失效
            steps:
              - kind: swap_link
                link: https://backup.example/sale
              - kind: notify
                target: hook
                text: "【{launch}】已切换到 {link}"
            """);
        Assert.Empty(errors);
        var snapshot = await Snapshot();
        var ctx = new PlanContext((await Launch.GetDefinition())!, await Launch.GetGroups(), snapshot.Phase, snapshot.Skus, TriggerScope.Launch, null);
        var receipt = await Client.GetGrain<ILaunchIncidentsGrain>(LaunchId).Trigger(new TriggerRequest
        {
            IdempotencyKey = "n1", Playbook = playbook!, Actor = "handler", Plan = PlaybookPlanner.Plan(playbook!, ctx), GroupIds = ["a"],
        });

        var request = await Wait.Until(
            () => WebhookReceiver.Shared.Requests.FirstOrDefault(r => Encoding.UTF8.GetString(r.Body).Contains(receipt.IncidentId, StringComparison.Ordinal)),
            r => r is not null, "the webhook");
        var body = Encoding.UTF8.GetString(request!.Body);
        Assert.Contains("【测试发售】已切换到 https://backup.example/sale", body, StringComparison.Ordinal);
        Assert.True(WebhookSignature.Verify(WebhookReceiver.Secret, request.Headers[WebhookSignature.TimestampHeader], request.Headers[WebhookSignature.SignatureHeader], request.Body, DateTimeOffset.UtcNow));
        Assert.False(WebhookSignature.Verify("wrong-secret", request.Headers[WebhookSignature.TimestampHeader], request.Headers[WebhookSignature.SignatureHeader], request.Body, DateTimeOffset.UtcNow));
        Assert.Equal($"{receipt.IncidentId}/1/1", request.Headers["Idempotency-Key"]);
        Assert.Equal("https://backup.example/sale", (await Launch.GetDefinition())!.SaleLink);
        await Wait.Until(async () => (await Client.GetGrain<IIncidentGrain>(IncidentKey.Of(LaunchId, receipt.IncidentId)).GetView())!.Run.Status,
            s => s == RunStatus.Completed, "completion");
    }
}
