using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LiveRoom.Domain.Sources;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Sources;

/// <summary>
/// WeChat shop events in, through a source mapped into a launch, with the orders fetched from a real
/// local HTTP server speaking the shop API's format, to the board.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WeChatShopCallbackTests(LiveRoomAppFactory app)
{
    private const string AppId = "wx5e1f0c0ffee0b00c";
    private const string AppSecret = "wxs-app-secret-0123456789abcdef";
    private const string Token = "wxsPushToken42";
    private const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private sealed record Connected(TestLaunch Launch, string SourceId, FakeWeChatShop Shop, string? Key) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Shop.DisposeAsync();
    }

    private async Task<Connected> ConnectedAsync(string? aesKey = null)
    {
        var shop = await FakeWeChatShop.StartAsync(AppId, AppSecret);
        var launch = await TestLaunch.CreateAsync(app);
        var created = await launch.Api.PostAsJsonAsync("/api/sources", new
        {
            kind = "wechat-shop", name = "微信小店", appId = AppId, token = Token, encodingAesKey = aesKey, appSecret = AppSecret, apiBase = shop.BaseUrl,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var mapped = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/sources/{id}", new { skus = new Dictionary<string, string> { ["WX-GEL"] = "gel" } });
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        return new Connected(launch, id, shop, aesKey);
    }

    private static object Order(string orderId, int status, long updateTime, string? notes = "g1", int count = 2, int realPrice = 11980) => new
    {
        order_id = orderId,
        status,
        create_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60,
        update_time = updateTime,
        order_detail = new
        {
            product_infos = new[] { new { product_id = "1000001", sku_id = "2000001", out_sku_id = "WX-GEL", sku_cnt = count, sale_price = realPrice / count, real_price = realPrice } },
            pay_info = new { pay_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 30 },
            ext_info = new { customer_notes = notes },
        },
    };

    private static string PayEvent(string orderId, long createTime) =>
        $$$"""{"ToUserName":"gh_shop","FromUserName":"OPENID","CreateTime":{{{createTime}}},"MsgType":"event","Event":"channels_ec_order_pay","order_info":{"order_id":{{{orderId}}},"pay_time":{{{createTime}}}}}""";

    private static string AftersaleEvent(string orderId, long createTime) =>
        $$$"""{"ToUserName":"gh_shop","FromUserName":"OPENID","CreateTime":{{{createTime}}},"MsgType":"event","Event":"channels_ec_aftersale_update","finder_shop_aftersale_status_update":{"status":"MERCHANT_REFUND_SUCCESS","after_sale_order_id":"9{{{orderId}}}","order_id":"{{{orderId}}}"}}""";

    /// <summary>The documented signature, computed here: SHA-1 of the values sorted as strings and joined.</summary>
    private static string Sha1Sorted(params string[] values) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(values.Order(StringComparer.Ordinal)))));

    /// <summary>Posts an event the way the platform does: plain (signature over token, timestamp, nonce) or safe (Encrypt, msg_signature).</summary>
    private async Task<HttpResponseMessage> SendAsync(Connected c, string message, string token = Token, string nonce = "1514711492")
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var client = app.CreateClient();
        string url, body;
        if (c.Key is { } key)
        {
            var encrypted = new WeChatCrypto(token, key, AppId).Encrypt(message);
            body = JsonSerializer.Serialize(new { ToUserName = "gh_shop", Encrypt = encrypted });
            url = $"/sources/{c.SourceId}/wechat-shop?signature={Sha1Sorted(token, ts, nonce)}&timestamp={ts}&nonce={nonce}&openid=OPENID&encrypt_type=aes&msg_signature={Sha1Sorted(token, ts, nonce, encrypted)}";
        }
        else
        {
            body = message;
            url = $"/sources/{c.SourceId}/wechat-shop?signature={Sha1Sorted(token, ts, nonce)}&timestamp={ts}&nonce={nonce}";
        }
        return await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
    }

    private async Task PostAsync(Connected c, string message, string token = Token)
    {
        var response = await SendAsync(c, message, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> StatsAsync(Connected c) =>
        (await c.Launch.Api.GetFromJsonAsync<JsonElement>($"/api/sources/{c.SourceId}")).GetProperty("stats");

    private static Task<JsonElement> StatsWhenAsync(Connected c, Func<JsonElement, bool> done, string what) =>
        Wait.Until(() => StatsAsync(c), done, what);

    [Fact]
    public async Task Paid_replayed_then_refunded_with_an_expired_token_keeps_the_board_exact()
    {
        await using var c = await ConnectedAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        c.Shop.SetOrder("3705115058471208928", Order("3705115058471208928", 20, now - 10));
        await PostAsync(c, PayEvent("3705115058471208928", now));

        var totals = await c.Launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 1, "the paid order");
        Assert.Equal(119.80m, totals.GetProperty("gmv").GetDecimal());
        var g1 = (await c.Launch.SnapshotAsync()).GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "g1");
        Assert.Equal(1, g1.GetProperty("orders").GetInt32());

        // The platform's retry of the same event: a duplicate, and the order is not fetched again.
        await PostAsync(c, PayEvent("3705115058471208928", now));
        var stats = await StatsWhenAsync(c, s => s.GetProperty("duplicates").GetInt64() == 1, "the replay counted as a duplicate");
        Assert.Equal(1, stats.GetProperty("accepted").GetInt64());
        Assert.Equal(1, c.Shop.OrderCalls);

        // Refunded after the token expired: LiveRoom gets a new token and fetches the refunded order.
        c.Shop.ExpireTokens();
        c.Shop.SetOrder("3705115058471208928", Order("3705115058471208928", 200, now - 5, notes: null));
        await PostAsync(c, AftersaleEvent("3705115058471208928", now + 1));
        totals = await c.Launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 0, "the refund");
        Assert.Equal(0m, totals.GetProperty("gmv").GetDecimal());
        Assert.Equal(1, c.Shop.StaleTokenAnswers);
        Assert.Equal(2, c.Shop.TokenCalls);
        stats = await StatsWhenAsync(c, s => s.GetProperty("pendingFetches").GetInt32() == 0, "the queue drained");
        Assert.Equal(0, stats.GetProperty("fetchFailures").GetInt64());
    }

    [Fact]
    public async Task Safe_mode_events_are_decrypted_and_an_unknown_group_counts_as_unattributed()
    {
        await using var c = await ConnectedAsync(AesKey);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        c.Shop.SetOrder("77", Order("77", 20, now, notes: "no-such-group", count: 1, realPrice: 5990));
        await PostAsync(c, PayEvent("77", now));
        var snapshot = await Wait.Until(c.Launch.SnapshotAsync,
            s => s.GetProperty("groups").EnumerateArray().Any(g => g.GetProperty("id").GetString() == Unattributed.GroupId && g.GetProperty("orders").GetInt32() == 1),
            what: "the Unattributed row");
        Assert.Equal(59.90m, snapshot.GetProperty("totals").GetProperty("gmv").GetDecimal());

        // Encrypted for the right app but signed with another token: nothing applied, counted.
        c.Shop.SetOrder("78", Order("78", 20, now));
        await PostAsync(c, PayEvent("78", now), token: "forged-token");
        var stats = await StatsAsync(c);
        Assert.Equal(1, stats.GetProperty("signatureFailures").GetInt64());
        Assert.Equal(1, stats.GetProperty("accepted").GetInt64());
    }

    [Fact]
    public async Task Refused_callbacks_apply_nothing_are_counted_and_are_still_answered_success()
    {
        await using var c = await ConnectedAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        c.Shop.SetOrder("501", Order("501", 20, now));
        await PostAsync(c, PayEvent("501", now), token: "forged-token");
        await PostAsync(c, "<!DOCTYPE xml [<!ENTITY x \"y\">]><xml><MsgType>event</MsgType></xml>");
        await PostAsync(c, """{"MsgType":"event","Event":"product_spu_audit","CreateTime":1}""");

        var stale = (now - 3600).ToString();
        var client = app.CreateClient();
        var old = await client.PostAsync($"/sources/{c.SourceId}/wechat-shop?signature={Sha1Sorted(Token, stale, "1")}&timestamp={stale}&nonce=1",
            new StringContent(PayEvent("501", now - 3600), Encoding.UTF8, "application/json"));
        Assert.Equal("success", await old.Content.ReadAsStringAsync());

        var stats = await StatsAsync(c);
        Assert.Equal(1, stats.GetProperty("signatureFailures").GetInt64());
        Assert.Equal(1, stats.GetProperty("refusedByReason").GetProperty("malformed").GetInt64());
        Assert.Equal(1, stats.GetProperty("refusedByReason").GetProperty("timestamp").GetInt64());
        Assert.Equal(1, stats.GetProperty("ignored").GetInt64());
        Assert.Equal(0, c.Shop.OrderCalls);

        // A good event behind them, for another order: once it shows, anything the refused ones had applied would show too.
        c.Shop.SetOrder("502", Order("502", 20, now));
        await PostAsync(c, PayEvent("502", now));
        var totals = await c.Launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() >= 1, "the control order");
        Assert.Equal(1, totals.GetProperty("orders").GetInt32());
        Assert.Equal(1, c.Shop.OrderCalls);
    }

    [Fact]
    public async Task A_failing_fetch_is_counted_and_retried_until_the_shop_answers()
    {
        await using var c = await ConnectedAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        await PostAsync(c, PayEvent("900", now));
        var stats = await StatsWhenAsync(c, s => s.GetProperty("fetchFailures").GetInt64() >= 1, "the failed fetch");
        Assert.True(stats.GetProperty("fetchFailuresByReason").GetProperty("order-10020001").GetInt64() >= 1);
        Assert.Equal(1, stats.GetProperty("pendingFetches").GetInt32());

        c.Shop.SetOrder("900", Order("900", 20, now));
        await c.Launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 1, "the order after a retry");
        await StatsWhenAsync(c, s => s.GetProperty("pendingFetches").GetInt32() == 0, "the queue drained");
    }

    [Fact]
    public async Task The_url_check_echoes_only_when_signed_and_secrets_are_never_returned()
    {
        await using var c = await ConnectedAsync(AesKey);
        var client = app.CreateClient();
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var ok = await client.GetAsync($"/sources/{c.SourceId}/wechat-shop?signature={Sha1Sorted(Token, ts, "77")}&timestamp={ts}&nonce=77&echostr=4375120948345356249");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("4375120948345356249", await ok.Content.ReadAsStringAsync());
        var forged = await client.GetAsync($"/sources/{c.SourceId}/wechat-shop?signature={Sha1Sorted("nope", ts, "77")}&timestamp={ts}&nonce=77&echostr=1");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sources/src-nope/wechat-shop?echostr=1")).StatusCode);
        var huge = new string('x', LiveRoom.Web.Sources.WeChatShopEndpoints.MaxCallbackBytes + 10);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostAsync($"/sources/{c.SourceId}/wechat-shop", new StringContent(huge))).StatusCode);

        var json = await c.Launch.Api.GetStringAsync($"/api/sources/{c.SourceId}");
        Assert.DoesNotContain(Token, json);
        Assert.DoesNotContain(AppSecret, json);
        Assert.DoesNotContain(AesKey, json);
        var source = JsonDocument.Parse(json).RootElement;
        Assert.Equal(AppId, source.GetProperty("appId").GetString());
        Assert.True(source.GetProperty("safeMode").GetBoolean());
        Assert.EndsWith($"/sources/{c.SourceId}/wechat-shop", source.GetProperty("callbackUrl").GetString());
    }

    [Fact]
    public async Task Wrong_settings_are_named_field_by_field()
    {
        var api = await app.LoggedInClientAsync();
        var response = await api.PostAsJsonAsync("/api/sources", new { kind = "wechat-shop", name = "店", encodingAesKey = "short", apiBase = "ftp://x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await TestLaunch.ProblemAsync(response))["errors"]!.AsObject();
        foreach (var field in new[] { "appId", "token", "appSecret", "encodingAesKey", "apiBase" }) Assert.True(errors.ContainsKey(field), field);
    }
}
