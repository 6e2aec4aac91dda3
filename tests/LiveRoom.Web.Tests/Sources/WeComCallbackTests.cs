using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json;
using LiveRoom.Domain.Sources;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Sources;

/// <summary>Encrypted WeCom customer-group callbacks, through a WeCom source mapped into a launch, to the board.</summary>
[Collection(AppCollection.Name)]
public sealed class WeComCallbackTests(LiveRoomAppFactory app)
{
    private const string Token = "wecomToken42";
    private const string AesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static readonly WeChatCrypto Crypto = new(Token, AesKey, FakeWeComApi.CorpId);

    private sealed record Connected(TestLaunch Launch, string SourceId, string Chat1, string Chat2);

    /// <summary>A launch whose g1 and g2 are linked to two WeCom chats by the group CSV import's wecom_chat_id column.</summary>
    private async Task<Connected> ConnectedAsync(string? apiBase = null)
    {
        var launch = await TestLaunch.CreateAsync(app);
        var created = await launch.Api.PostAsJsonAsync("/api/sources", new
        {
            kind = "wecom", name = "企业微信客户群", corpId = FakeWeComApi.CorpId, token = Token, encodingAesKey = AesKey, secret = FakeWeComApi.Secret, apiBase,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var text = await created.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Token, text);
        Assert.DoesNotContain(AesKey, text);
        Assert.DoesNotContain(FakeWeComApi.Secret, text);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;

        var chat1 = "wr" + Guid.NewGuid().ToString("N")[..20];
        var chat2 = "wr" + Guid.NewGuid().ToString("N")[..20];
        var csv = $"id,name,tier,memberCount,wecom_chat_id\ng1,群1,Core,100,{chat1}\ng2,群2,Core,100,{chat2}\n";
        var imported = await launch.Api.PostAsync($"/api/launches/{launch.Id}/groups/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var groups = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups");
        Assert.Equal(chat1, groups.EnumerateArray().Single(g => g.GetProperty("id").GetString() == "g1").GetProperty("links").GetProperty("wecom").GetString());

        var mapped = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/sources/{id}", new { });
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        return new Connected(launch, id, chat1, chat2);
    }

    private static string Now(int offsetSeconds = 0) =>
        (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>A change_external_chat event as WeCom documents it (客户群变更事件).</summary>
    private static string Event(string chatId, string changeType, string? detail = null, int count = 0, string[]? members = null, long createTime = 0, string memVer = "v1") =>
        $"""
        <xml><ToUserName><![CDATA[{FakeWeComApi.CorpId}]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>
        <CreateTime>{(createTime == 0 ? DateTimeOffset.UtcNow.ToUnixTimeSeconds() : createTime)}</CreateTime><MsgType><![CDATA[event]]></MsgType>
        <Event><![CDATA[change_external_chat]]></Event><ChatId><![CDATA[{chatId}]]></ChatId><ChangeType><![CDATA[{changeType}]]></ChangeType>
        {(detail is null ? "" : $"<UpdateDetail><![CDATA[{detail}]]></UpdateDetail>")}<JoinScene>1</JoinScene><QuitScene>0</QuitScene>
        <MemChangeCnt>{count}</MemChangeCnt>{(members is null ? "" : "<MemChangeList>" + string.Concat(members.Select(m => $"<Item>{SecurityElement.Escape(m)}</Item>")) + "</MemChangeList>")}
        <LastMemVer>v0</LastMemVer><CurMemVer>{memVer}</CurMemVer></xml>
        """;

    /// <summary>The encrypted envelope WeCom posts, and its query (msg_signature over token, timestamp, nonce, Encrypt).</summary>
    private static (string Query, string Body) Encrypted(string xml, string? timestamp = null, WeChatCrypto? crypto = null, bool forge = false)
    {
        crypto ??= Crypto;
        var encrypt = crypto.Encrypt(xml);
        var ts = timestamp ?? Now();
        var nonce = Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
        var signature = forge ? new string('0', 40) : crypto.Sign(ts, nonce, encrypt);
        var body = $"<xml><ToUserName><![CDATA[{FakeWeComApi.CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        return ($"msg_signature={signature}&timestamp={ts}&nonce={nonce}", body);
    }

    private async Task PostAsync(string sourceId, (string Query, string Body) callback)
    {
        var response = await app.CreateClient().PostAsync($"/sources/{sourceId}/wecom?{callback.Query}", new StringContent(callback.Body, Encoding.UTF8, "text/xml"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> StatsAsync(TestLaunch launch, string sourceId) =>
        (await launch.Api.GetFromJsonAsync<JsonElement>($"/api/sources/{sourceId}")).GetProperty("stats");

    private static async Task<JsonElement> RowWhenAsync(TestLaunch launch, string groupId, Func<JsonElement, bool> done, string what)
    {
        var snapshot = await Wait.Until(launch.SnapshotAsync,
            s => s.GetProperty("groups").EnumerateArray().Any(g => g.GetProperty("id").GetString() == groupId && done(g)), what: what);
        return snapshot.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == groupId);
    }

    [Fact]
    public async Task The_url_check_answers_the_decrypted_echostr_and_refuses_a_forged_one()
    {
        var c = await ConnectedAsync();
        var client = app.CreateClient();
        var echo = Crypto.Encrypt("5927782489442352469");
        var ts = Now();
        var ok = await client.GetAsync($"/sources/{c.SourceId}/wecom?msg_signature={Crypto.Sign(ts, "n1", echo)}&timestamp={ts}&nonce=n1&echostr={Uri.EscapeDataString(echo)}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("text/plain", ok.Content.Headers.ContentType?.MediaType);
        Assert.Equal("5927782489442352469", await ok.Content.ReadAsStringAsync());

        // The same check with a '+' in echostr left unencoded (it arrives as a space).
        var plus = Enumerable.Range(0, 200).Select(_ => Crypto.Encrypt("plus-check")).First(e => e.Contains('+'));
        var raw = await client.GetAsync($"/sources/{c.SourceId}/wecom?msg_signature={Crypto.Sign(ts, "n2", plus)}&timestamp={ts}&nonce=n2&echostr={plus.Replace("=", "%3D")}");
        Assert.Equal("plus-check", await raw.Content.ReadAsStringAsync());

        var forged = await client.GetAsync($"/sources/{c.SourceId}/wecom?msg_signature={new string('a', 40)}&timestamp={ts}&nonce=n1&echostr={Uri.EscapeDataString(echo)}");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.DoesNotContain("5927782489442352469", await forged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sources/src-nope/wecom?echostr=x")).StatusCode);
        var stats = await StatsAsync(c.Launch, c.SourceId);
        Assert.Equal(1, stats.GetProperty("signatureFailures").GetInt64());
    }

    [Fact]
    public async Task Joins_and_leaves_by_member_and_by_count_are_exact_and_replays_are_duplicates()
    {
        var c = await ConnectedAsync();
        var at = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var joinByIds = Encrypted(Event(c.Chat1, "update", "add_member", count: 2, members: ["wmJack", "wmRose"], createTime: at, memVer: "v1"));
        await PostAsync(c.SourceId, joinByIds);
        // Three more joined, of whom WeCom listed none.
        await PostAsync(c.SourceId, Encrypted(Event(c.Chat1, "update", "add_member", count: 3, memVer: "v2")));
        var row = await RowWhenAsync(c.Launch, "g1", g => g.GetProperty("members").GetInt32() == 105, "five joins on g1");

        // The same callback again (WeCom retries when it got no answer in time), re-encrypted with a new nonce.
        await PostAsync(c.SourceId, joinByIds);
        await PostAsync(c.SourceId, Encrypted(Event(c.Chat1, "update", "add_member", count: 2, members: ["wmJack", "wmRose"], createTime: at, memVer: "v1")));
        await PostAsync(c.SourceId, Encrypted(Event(c.Chat1, "update", "del_member", count: 1, members: ["wmRose"], memVer: "v3")));
        row = await RowWhenAsync(c.Launch, "g1", g => g.GetProperty("members").GetInt32() == 104, "one leave on g1");
        var stats = await StatsAsync(c.Launch, c.SourceId);
        Assert.Equal(3, stats.GetProperty("accepted").GetInt64());
        Assert.Equal(2, stats.GetProperty("duplicates").GetInt64());
        var g2 = await RowWhenAsync(c.Launch, "g2", _ => true, "g2");
        Assert.Equal(100, g2.GetProperty("members").GetInt32());
        Assert.Equal(104, row.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task Forged_tampered_foreign_and_stale_callbacks_apply_nothing_are_counted_and_answered()
    {
        var c = await ConnectedAsync();
        await PostAsync(c.SourceId, Encrypted(Event(c.Chat1, "update", "add_member", count: 7), forge: true));
        await PostAsync(c.SourceId, Encrypted(Event(c.Chat1, "update", "add_member", count: 7), timestamp: Now(-3600)));
        await PostAsync(c.SourceId, Encrypted(Event(c.Chat1, "update", "add_member", count: 7), crypto: new WeChatCrypto(Token, AesKey, "ww-other-corp")));
        await PostAsync(c.SourceId, ("msg_signature=x&timestamp=1&nonce=1", "<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>"));
        var dtdInside = Encrypted("<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><xml><MsgType>event</MsgType><Event>change_external_chat</Event><ChatId>&b;</ChatId><ChangeType>update</ChangeType></xml>");
        await PostAsync(c.SourceId, dtdInside);
        var stats = await StatsAsync(c.Launch, c.SourceId);
        Assert.Equal(1, stats.GetProperty("signatureFailures").GetInt64());
        Assert.Equal(4, stats.GetProperty("refused").GetInt64());
        var reasons = stats.GetProperty("refusedByReason");
        Assert.Equal(1, reasons.GetProperty("timestamp").GetInt64());
        Assert.Equal(1, reasons.GetProperty("corp-id").GetInt64());
        Assert.Equal(1, reasons.GetProperty("malformed").GetInt64());
        Assert.Equal(1, reasons.GetProperty("malformed-event").GetInt64());
        Assert.Equal(0, stats.GetProperty("accepted").GetInt64());

        // A good callback behind them: a callback is applied before it is answered, so once this one
        // shows, anything the refused ones had applied would show too.
        await PostAsync(c.SourceId, Encrypted(Event(c.Chat1, "update", "add_member", count: 1, members: ["wmControl"])));
        var row = await RowWhenAsync(c.Launch, "g1", g => g.GetProperty("members").GetInt32() >= 101, "the control join");
        Assert.Equal(101, row.GetProperty("members").GetInt32());

        var huge = new string('x', LiveRoom.Web.Sources.SourceEndpoints.MaxWeComBytes + 10);
        var tooLarge = await app.CreateClient().PostAsync($"/sources/{c.SourceId}/wecom?msg_signature=x&timestamp=1&nonce=1", new StringContent(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task An_unlinked_chat_is_unmatched_with_an_example_and_a_dismissed_chat_flags_its_row()
    {
        var c = await ConnectedAsync();
        await PostAsync(c.SourceId, Encrypted(Event("wrNobodyLinksThis", "update", "add_member", count: 2)));
        var stats = await StatsAsync(c.Launch, c.SourceId);
        Assert.Equal(1, stats.GetProperty("unmatched").GetInt64());
        var example = stats.GetProperty("unmatchedExamples")[0];
        Assert.Equal("wrNobodyLinksThis", example.GetProperty("orderId").GetString());
        Assert.Equal("unlinked-chat", example.GetProperty("reason").GetString());

        await PostAsync(c.SourceId, Encrypted(Event(c.Chat2, "dismiss")));
        var row = await RowWhenAsync(c.Launch, "g2", g => g.TryGetProperty("alert", out var a) && a.GetString() == "dismissed", "g2 flagged dismissed");
        Assert.Equal(100, row.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task A_renamed_chat_renames_its_group_from_the_wecom_api()
    {
        await using var wecom = await FakeWeComApi.StartAsync();
        var c = await ConnectedAsync(wecom.BaseUrl);
        wecom.Chats[c.Chat1] = ("618 核心群 A", "zhangsan", ["wmJack"]);
        await PostAsync(c.SourceId, Encrypted(Event(c.Chat1, "update", "change_name", memVer: "v9")));
        var row = await RowWhenAsync(c.Launch, "g1", g => g.GetProperty("name").GetString() == "618 核心群 A", "g1 renamed");
        Assert.Equal(100, row.GetProperty("members").GetInt32());

        // WeCom's API does not know chat 2 (an error code, not a network failure): refused, answered 200, the name kept.
        await PostAsync(c.SourceId, Encrypted(Event(c.Chat2, "update", "change_name", memVer: "v9")));
        var stats = await StatsAsync(c.Launch, c.SourceId);
        Assert.Equal(1, stats.GetProperty("refusedByReason").GetProperty("wecom-api").GetInt64());
        Assert.Equal("群2", (await RowWhenAsync(c.Launch, "g2", _ => true, "g2")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Import_groups_registers_and_links_chats_through_an_expired_token_and_a_rate_limit()
    {
        await using var wecom = await FakeWeComApi.StartAsync();
        var c = await ConnectedAsync(wecom.BaseUrl);
        wecom.Chats[c.Chat1] = ("核心群（已关联）", "lisi", ["wm1", "wm2", "wm3"]);
        wecom.Chats["wrNewChat-001"] = ("新客户群", "wangwu", ["wm4", "wm5"]);
        wecom.ExpireFirstToken = true;
        wecom.RateLimitLists = 1;

        var response = await c.Launch.Api.PostAsync($"/api/launches/{c.Launch.Id}/sources/{c.SourceId}/import-groups", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 1, 1), (result.GetProperty("chats").GetInt32(), result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        Assert.Equal(2, wecom.TokensIssued); // the first expired (42001) and was renewed once
        Assert.Contains("list", wecom.Calls);

        var groups = await c.Launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{c.Launch.Id}/groups");
        var g1 = groups.EnumerateArray().Single(g => g.GetProperty("id").GetString() == "g1");
        Assert.Equal("核心群（已关联）", g1.GetProperty("name").GetString());
        Assert.Equal("lisi", g1.GetProperty("owner").GetString());
        var added = groups.EnumerateArray().Single(g => g.GetProperty("id").GetString() == "wc-wrNewChat-001");
        Assert.Equal("新客户群", added.GetProperty("name").GetString());
        Assert.Equal(2, added.GetProperty("memberCount").GetInt32());
        Assert.Equal("wrNewChat-001", added.GetProperty("links").GetProperty("wecom").GetString());

        // The new group is linked: its chat's joins now reach it.
        await PostAsync(c.SourceId, Encrypted(Event("wrNewChat-001", "update", "add_member", count: 1, members: ["wm6"])));
        await RowWhenAsync(c.Launch, "wc-wrNewChat-001", g => g.GetProperty("members").GetInt32() == 3, "a join in the imported group");
    }

    [Fact]
    public async Task Import_groups_reports_a_wecom_error_without_the_secret()
    {
        await using var wecom = await FakeWeComApi.StartAsync();
        var launch = await TestLaunch.CreateAsync(app);
        var created = await launch.Api.PostAsJsonAsync("/api/sources", new
        {
            kind = "wecom", name = "错的密钥", corpId = FakeWeComApi.CorpId, token = Token, encodingAesKey = AesKey, secret = "wrong-secret-value-1234", apiBase = wecom.BaseUrl,
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var response = await launch.Api.PostAsync($"/api/launches/{launch.Id}/sources/{id}/import-groups", null);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("40001", text);
        Assert.DoesNotContain("wrong-secret-value-1234", text);
    }

    [Fact]
    public async Task A_wecom_source_needs_its_fields_named_when_wrong()
    {
        var api = await app.LoggedInClientAsync();
        var response = await api.PostAsJsonAsync("/api/sources", new { kind = "wecom", name = "企微", corpId = "ww1", token = "bad token!", encodingAesKey = "short", });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("token", out _));
        Assert.True(errors.TryGetProperty("encodingAesKey", out _));
        Assert.True(errors.TryGetProperty("secret", out _));
    }
}
