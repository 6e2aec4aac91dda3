using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LiveRoom.Domain.Sources;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Sources;

/// <summary>Youzan-shaped pushes in, through a source mapped into a launch, to the board.</summary>
[Collection(AppCollection.Name)]
public sealed class YouzanCallbackTests(LiveRoomAppFactory app)
{
    private const string ClientId = "yz-client";
    private const string Secret = "yz-secret-abcdef0123456789";

    private async Task<(TestLaunch Launch, string SourceId)> ConnectedAsync()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var created = await launch.Api.PostAsJsonAsync("/api/sources", new { kind = "youzan", name = "有赞旗舰店", clientId = ClientId, clientSecret = Secret });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var mapped = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/sources/{id}", new { skus = new Dictionary<string, string> { ["YZ-GEL"] = "gel" } });
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        return (launch, id);
    }

    private static string Body(string msgId, string type, string trade, long version = 1, string secret = Secret)
    {
        var msg = WebUtility.UrlEncode(trade);
        return JsonSerializer.Serialize(new { client_id = ClientId, msg, msg_id = msgId, type, status = "WAIT_SELLER_SEND_GOODS", version, kdt_id = 415, sign = YouzanSignature.Compute(ClientId, msg, secret) });
    }

    private static string Trade(string tid, string sku = "YZ-GEL", string? group = "g1") => JsonSerializer.Serialize(new
    {
        full_order_info = new
        {
            order_info = new { tid },
            orders = new[] { new { oid = "1", outer_sku_id = sku, num = 2, payment = "119.80" } },
            remark_info = new { buyer_message = group },
        },
    });

    private async Task<JsonElement> PostAsync(string sourceId, string body)
    {
        var client = app.CreateClient();
        var response = await client.PostAsync($"/sources/{sourceId}/youzan", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, answer.GetProperty("code").GetInt32());
        Assert.Equal("success", answer.GetProperty("msg").GetString());
        return answer;
    }

    private static async Task<JsonElement> StatsAsync(TestLaunch launch, string sourceId) =>
        (await launch.Api.GetFromJsonAsync<JsonElement>($"/api/sources/{sourceId}")).GetProperty("stats");

    [Fact]
    public async Task Paid_then_replayed_then_refunded_keeps_the_board_exact()
    {
        var (launch, source) = await ConnectedAsync();
        await PostAsync(source, Body("m1", "trade_TradePaid", Trade("E1")));
        var totals = await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 1, "the paid order");
        Assert.Equal(119.80m, totals.GetProperty("gmv").GetDecimal());
        var g1 = (await launch.SnapshotAsync()).GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "g1");
        Assert.Equal(1, g1.GetProperty("orders").GetInt32());

        await PostAsync(source, Body("m1", "trade_TradePaid", Trade("E1")));
        var stats = await StatsAsync(launch, source);
        Assert.Equal((1, 1), (stats.GetProperty("accepted").GetInt64(), stats.GetProperty("duplicates").GetInt64()));
        Assert.Equal(1, (await launch.SnapshotAsync()).GetProperty("totals").GetProperty("orders").GetInt32());

        await PostAsync(source, Body("m2", "trade_refund_RefundSuccess", """{"tid":"E1"}""", version: 2));
        totals = await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 0, "the refund");
        Assert.Equal(0m, totals.GetProperty("gmv").GetDecimal());
    }

    [Fact]
    public async Task An_unattributed_order_counts_in_its_own_row()
    {
        var (launch, source) = await ConnectedAsync();
        await PostAsync(source, Body("m1", "trade_TradePaid", Trade("E2", group: "no-such-group")));
        await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 1, "the order");
        var snapshot = await Wait.Until(launch.SnapshotAsync,
            s => s.GetProperty("groups").EnumerateArray().Any(g => g.GetProperty("id").GetString() == Unattributed.GroupId && g.GetProperty("orders").GetInt32() == 1),
            what: "the Unattributed row");
        var row = snapshot.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == Unattributed.GroupId);
        Assert.Equal(Unattributed.Name, row.GetProperty("name").GetString());
        Assert.All(snapshot.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("id").GetString() != Unattributed.GroupId),
            g => Assert.Equal(0, g.GetProperty("orders").GetInt32()));
    }

    [Fact]
    public async Task A_bad_signature_applies_nothing_is_counted_and_is_still_acknowledged()
    {
        var (launch, source) = await ConnectedAsync();
        await PostAsync(source, Body("m1", "trade_TradePaid", Trade("E3"), secret: "forged-secret-000000"));
        await PostAsync(source, "not json at all");
        await PostAsync(source, Body("m2", "mystery_Type", Trade("E3")));
        var stats = await StatsAsync(launch, source);
        Assert.Equal(1, stats.GetProperty("signatureFailures").GetInt64());
        Assert.Equal(2, stats.GetProperty("refused").GetInt64());
        Assert.Equal(1, stats.GetProperty("refusedByReason").GetProperty("malformed").GetInt64());
        Assert.Equal(1, stats.GetProperty("refusedByReason").GetProperty("unknown-type").GetInt64());
        Assert.Equal(0, stats.GetProperty("accepted").GetInt64());
        // A good push behind them, for another order: once it shows, anything the refused pushes had
        // applied would show too (a push is ingested before it is answered), so waiting is on a condition.
        await PostAsync(source, Body("m3", "trade_TradePaid", Trade("E3-control")));
        var totals = await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() >= 1, "the control order");
        Assert.Equal(1, totals.GetProperty("orders").GetInt32());
    }

    [Fact]
    public async Task An_unknown_sku_is_unmatched_with_an_example()
    {
        var (launch, source) = await ConnectedAsync();
        await PostAsync(source, Body("m1", "trade_TradePaid", Trade("E4", sku: "YZ-UNKNOWN")));
        var stats = await StatsAsync(launch, source);
        Assert.Equal(1, stats.GetProperty("unmatched").GetInt64());
        var example = stats.GetProperty("unmatchedExamples")[0];
        Assert.Equal("E4", example.GetProperty("orderId").GetString());
        Assert.Equal("unmapped-sku", example.GetProperty("reason").GetString());
        Assert.Contains("YZ-UNKNOWN", example.GetProperty("skuKeys").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Unknown_sources_are_404_and_bodies_are_size_limited()
    {
        var (_, source) = await ConnectedAsync();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/sources/src-nope/youzan", new StringContent("{}"))).StatusCode);
        var huge = new string('x', LiveRoom.Web.Sources.SourceEndpoints.MaxCallbackBytes + 10);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostAsync($"/sources/{source}/youzan", new StringContent(huge))).StatusCode);
    }
}
