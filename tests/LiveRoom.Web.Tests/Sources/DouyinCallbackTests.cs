using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Sources;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Sources;

/// <summary>抖店-shaped pushes (signed batches with app-id and event-sign headers) in, through a mapped source, to the board.</summary>
[Collection(AppCollection.Name)]
public sealed class DouyinCallbackTests(LiveRoomAppFactory app)
{
    private const string AppKey = "7061718218739418660";
    private const string Secret = "dy-secret-abcdef0123456789";

    private async Task<(TestLaunch Launch, string SourceId)> ConnectedAsync(string name = "抖店旗舰店")
    {
        var launch = await TestLaunch.CreateAsync(app);
        var created = await launch.Api.PostAsJsonAsync("/api/sources", new { kind = "douyin-shop", name, appKey = AppKey, appSecret = Secret });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var source = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = source.GetProperty("id").GetString()!;
        Assert.EndsWith($"/sources/{id}/douyin", source.GetProperty("callbackUrl").GetString());
        Assert.DoesNotContain(Secret, source.GetRawText());
        // The shop's orders carry no SKU ids: this launch sells one thing, so every order of the source is that SKU.
        var mapped = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/sources/{id}", new { skus = new Dictionary<string, string> { ["*"] = "gel" } });
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        return (launch, id);
    }

    private static readonly long PayTime = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds();

    private static object Paid(string msgId, long pid, long fen = 11980, string? group = "g1") => new
    {
        tag = "101", msg_id = msgId,
        data = JsonSerializer.Serialize(new { p_id = pid, s_ids = new[] { pid + 1 }, pay_amount = fen, pay_time = PayTime, shop_id = 77977, order_status = 2, buyer_words = group }),
    };

    private static object Refunded(string msgId, long pid) => new
    {
        tag = "206", msg_id = msgId,
        data = JsonSerializer.Serialize(new { p_id = pid, s_id = pid + 1, aftersale_id = 6999514477070778668, refund_amount = 11980, success_time = PayTime + 30 }),
    };

    private Task<HttpResponseMessage> SendAsync(string sourceId, string body, string? sign = null, string appId = AppKey, string? method = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/sources/{sourceId}/douyin") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("app-id", appId);
        request.Headers.Add("event-sign", sign ?? DouyinSignature.Compute(AppKey, Encoding.UTF8.GetBytes(body), Secret, method));
        if (method is not null) request.Headers.Add("sign-method", method);
        return app.CreateClient().SendAsync(request);
    }

    private async Task PostAsync(string sourceId, object[] messages, string? sign = null, string? method = null) =>
        await PostRawAsync(sourceId, JsonSerializer.Serialize(messages), sign, method);

    private async Task PostRawAsync(string sourceId, string body, string? sign = null, string? method = null)
    {
        var response = await SendAsync(sourceId, body, sign, method: method);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, "success"), (answer.GetProperty("code").GetInt32(), answer.GetProperty("msg").GetString()));
    }

    private static async Task<JsonElement> StatsAsync(TestLaunch launch, string sourceId) =>
        (await launch.Api.GetFromJsonAsync<JsonElement>($"/api/sources/{sourceId}")).GetProperty("stats");

    private static JsonElement Group(JsonElement snapshot, string id) =>
        snapshot.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == id);

    [Fact]
    public async Task A_batch_of_payments_then_replays_then_a_refund_keeps_the_board_exact()
    {
        var (launch, source) = await ConnectedAsync();
        await PostAsync(source, [Paid("dm1", 4837328765348566675), Paid("dm2", 4837328765348566680, fen: 5990, group: "no-such-group")]);
        var totals = await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 2, "both paid orders");
        Assert.Equal(179.70m, totals.GetProperty("gmv").GetDecimal());
        var snapshot = await Wait.Until(launch.SnapshotAsync, s => Group(s, Unattributed.GroupId).GetProperty("orders").GetInt32() == 1, what: "the unattributed order's row");
        Assert.Equal(1, Group(snapshot, "g1").GetProperty("orders").GetInt32());

        // The platform retries the same batch: every message is a duplicate and the board does not move.
        await PostAsync(source, [Paid("dm1", 4837328765348566675), Paid("dm2", 4837328765348566680, fen: 5990, group: "no-such-group")]);
        var stats = await StatsAsync(launch, source);
        Assert.Equal((2, 2), (stats.GetProperty("accepted").GetInt64(), stats.GetProperty("duplicates").GetInt64()));

        await PostAsync(source, [Refunded("dm3", 4837328765348566675)]);
        totals = await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 1, "the refund");
        Assert.Equal(59.90m, totals.GetProperty("gmv").GetDecimal());
    }

    [Fact]
    public async Task One_bad_message_in_a_batch_never_drops_the_good_ones_and_a_late_payment_after_its_cancellation_counts_nothing()
    {
        var (launch, source) = await ConnectedAsync();
        var cancelled = new
        {
            tag = "106", msg_id = "dc1",
            data = JsonSerializer.Serialize(new { p_id = 4837328765348590002, s_ids = new[] { 4837328765348590003 }, cancel_time = PayTime + 60, order_status = 4 }),
        };
        // The cancellation overtakes its payment; a broken message and an unknown tag sit between good ones.
        await PostAsync(source,
        [
            Paid("dg1", 4837328765348590000),
            new { tag = "101", msg_id = "dbad", data = "{\"p_id\":" },
            cancelled,
            new { tag = "777", msg_id = "dodd", data = "{}" },
            Paid("dlate", 4837328765348590002),
            Paid("dg2", 4837328765348590004, fen: 5990),
        ]);
        var totals = await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 2, "the two good orders");
        Assert.Equal(179.70m, totals.GetProperty("gmv").GetDecimal());
        var stats = await StatsAsync(launch, source);
        Assert.Equal((2, 1, 1), (stats.GetProperty("accepted").GetInt64(), stats.GetProperty("duplicates").GetInt64(), stats.GetProperty("unmatched").GetInt64()));
        Assert.Equal(2, stats.GetProperty("refused").GetInt64());
    }

    [Fact]
    public async Task A_bad_signature_applies_nothing_is_counted_and_is_still_acknowledged()
    {
        var (launch, source) = await ConnectedAsync();
        await PostAsync(source, [Paid("bad1", 4837328765348560001)], sign: new string('0', 32));
        var wrongApp = await SendAsync(source, JsonSerializer.Serialize(new[] { Paid("bad2", 4837328765348560002) }), appId: "another-app");
        Assert.Equal(HttpStatusCode.OK, wrongApp.StatusCode);
        await PostRawAsync(source, "{\"not\":\"an array\"}");
        // A batch with one unreadable message and one of an unknown tag: both refused on their own.
        await PostAsync(source, [new { tag = "101", msg_id = "bad3", data = "not json" }, new { tag = "999", msg_id = "bad4", data = "{}" }]);

        var stats = await StatsAsync(launch, source);
        Assert.Equal(1, stats.GetProperty("signatureFailures").GetInt64());
        var reasons = stats.GetProperty("refusedByReason");
        Assert.Equal((1, 1, 1, 1), (reasons.GetProperty("app-id").GetInt64(), reasons.GetProperty("malformed").GetInt64(),
            reasons.GetProperty("malformed-data").GetInt64(), reasons.GetProperty("unknown-tag").GetInt64()));
        Assert.Equal(0, stats.GetProperty("accepted").GetInt64());

        // A good push behind them, signed with HMAC-SHA256 this time: once it shows, anything the refused
        // pushes had applied would show too (a push is ingested before it is answered).
        await PostAsync(source, [Paid("good1", 4837328765348560003)], method: "hmac-sha256");
        var totals = await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() >= 1, "the control order");
        Assert.Equal(1, totals.GetProperty("orders").GetInt32());
    }

    [Fact]
    public async Task A_storm_of_bad_signatures_alerts_every_launch_mapping_the_source()
    {
        var (launch, source) = await ConnectedAsync("抖店风暴店");
        var second = await TestLaunch.CreateAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await second.Api.PutAsJsonAsync($"/api/launches/{second.Id}/sources/{source}", new { skus = new Dictionary<string, string> { ["*"] = "gel" } })).StatusCode);

        for (var i = 0; i < LiveRoomAppFactory.SignatureStormThreshold; i++)
            await PostAsync(source, [Paid($"forged{i}", 4837328765348570000 + i)], sign: new string('f', 32));

        var stats = await StatsAsync(launch, source);
        Assert.Equal(LiveRoomAppFactory.SignatureStormThreshold, stats.GetProperty("signatureFailures").GetInt64());
        Assert.Equal(JsonValueKind.String, stats.GetProperty("signatureStormAt").ValueKind);
        foreach (var l in new[] { launch, second })
        {
            var timeline = await l.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{l.Id}/timeline?format=json&culture=en");
            var alert = Assert.Single(Entries(timeline), e => e.GetProperty("action").GetString() == AlertCodes.SourceSignatureStorm);
            Assert.Equal("抖店风暴店", alert.GetProperty("args").GetProperty("source").GetString());
            Assert.Contains("forging", alert.GetProperty("summary").GetString());
        }
        Assert.Equal(0, (await launch.SnapshotAsync()).GetProperty("totals").GetProperty("orders").GetInt32());
    }

    private static IEnumerable<JsonElement> Entries(JsonElement timeline) =>
        timeline.ValueKind == JsonValueKind.Array ? timeline.EnumerateArray() : timeline.GetProperty("entries").EnumerateArray();

    [Fact]
    public async Task The_test_push_sent_when_the_url_is_saved_is_answered_success_and_counts_no_failure()
    {
        var (launch, source) = await ConnectedAsync();
        var response = await app.CreateClient().PostAsync($"/sources/{source}/douyin",
            new StringContent("""[{"tag":"0","msg_id":"0","data":"{}"}]""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
        var stats = await StatsAsync(launch, source);
        Assert.Equal((1, 0, 0), (stats.GetProperty("ignored").GetInt64(), stats.GetProperty("signatureFailures").GetInt64(), stats.GetProperty("refused").GetInt64()));
    }

    [Fact]
    public async Task Unknown_sources_are_404_and_a_youzan_source_has_no_douyin_callback()
    {
        var (launch, _) = await ConnectedAsync();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/sources/src-nope/douyin", new StringContent("[]"))).StatusCode);
        var youzan = await launch.Api.PostAsJsonAsync("/api/sources", new { kind = "youzan", name = "有赞", clientId = "c", clientSecret = "yz-secret-0123456789" });
        var id = (await youzan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/sources/{id}/douyin", new StringContent("[]"))).StatusCode);
    }

    [Fact]
    public async Task A_douyin_source_names_its_own_fields_when_they_are_missing()
    {
        var api = await app.LoggedInClientAsync();
        var response = await api.PostAsJsonAsync("/api/sources", new { kind = "douyin-shop", name = "抖店" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await TestLaunch.ProblemAsync(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("appKey") && errors.ContainsKey("appSecret"), errors.ToJsonString());
    }
}
