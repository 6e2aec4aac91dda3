using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Launches;

[Collection(AppCollection.Name)]
public sealed class LaunchApiTests(LiveRoomAppFactory app)
{
    [Theory]
    [InlineData("GET", "/api/launches")]
    [InlineData("POST", "/api/launches")]
    [InlineData("GET", "/api/launches/x/snapshot")]
    public async Task Setup_api_requires_login(string method, string path)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_401()
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = LiveRoomAppFactory.User, password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Invalid_launch_names_each_field()
    {
        var api = await app.LoggedInClientAsync();
        var now = DateTimeOffset.UtcNow;
        var response = await api.PostAsJsonAsync("/api/launches", new
        {
            id = "bad launch!",
            name = "",
            startsAt = now,
            endsAt = now.AddHours(-1),
            timeZone = "Mars/Olympus",
            skus = new[] { new { id = "a", name = "", price = 0, anchorPrice = 1, initialStock = -1, lowStockThreshold = 1 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestLaunch.ProblemAsync(response);
        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToHashSet();
        Assert.Superset(new HashSet<string> { "id", "name", "endsAt", "timeZone", "skus[0].name", "skus[0].price", "skus[0].initialStock" }, fields);
    }

    [Fact]
    public async Task Wrong_json_type_names_the_path()
    {
        var api = await app.LoggedInClientAsync();
        var response = await api.PostAsync("/api/launches", new StringContent(
            """{"name":"x","startsAt":"2026-12-01T20:00:00+08:00","endsAt":"2026-12-01T22:00:00+08:00","skus":[{"id":"a","name":"A","price":"cheap"}]}""",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestLaunch.ProblemAsync(response);
        Assert.Contains("skus[0].price", problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Create_then_edit_then_duplicate_id_conflicts()
    {
        var launch = await TestLaunch.CreateAsync(app);
        Assert.StartsWith("lrk_", launch.ServerKey);
        Assert.StartsWith("lrb_", launch.BeaconKey);

        var current = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}");
        Assert.Equal("Live", current.GetProperty("phase").GetString());

        var edited = JsonSerializer.Deserialize<Dictionary<string, object?>>(current.GetProperty("launch").GetRawText())!;
        edited["name"] = "改名后的发售";
        var put = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}", edited);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var again = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}");
        Assert.Equal("改名后的发售", again.GetProperty("launch").GetProperty("name").GetString());

        var duplicate = await launch.Api.PostAsJsonAsync("/api/launches", edited);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var list = await launch.Api.GetFromJsonAsync<JsonElement>("/api/launches");
        Assert.Contains(list.EnumerateArray(), l => l.GetProperty("id").GetString() == launch.Id);
    }

    [Fact]
    public async Task Phase_override_wins_over_the_clock_and_can_be_cleared()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var pinned = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/phase", new { phase = "Closing" });
        Assert.Equal("Closing", (await pinned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("phase").GetString());
        var snapshot = await launch.SnapshotAsync();
        Assert.Equal("Closing", snapshot.GetProperty("phase").GetString());
        var cleared = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/phase", new { phase = (string?)null });
        Assert.Equal("Live", (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("phase").GetString());
    }

    [Fact]
    public async Task Rotated_key_replaces_the_old_one()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var rotated = await (await launch.Api.PostAsync($"/api/launches/{launch.Id}/keys/rotate", null)).Content.ReadFromJsonAsync<JsonElement>();
        var newKey = rotated.GetProperty("serverKey").GetString()!;
        Assert.NotEqual(launch.ServerKey, newKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await launch.PostEventAsync(TestLaunch.PageView("a", "g1", "v"), launch.ServerKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await launch.PostEventAsync(TestLaunch.PageView("b", "g1", "v"), newKey)).StatusCode);
    }

    [Fact]
    public async Task Csv_import_keeps_good_rows_and_reports_bad_ones_by_row()
    {
        var launch = await TestLaunch.CreateAsync(app, groups: 0);
        var csv = """
            id,name,tier,owner,assistants,memberCount,seededMembers,conversionMode,variant
            c1,杭州宝妈群,核心,王姐,小李|小张,180,托A|托B,ChainSignup,A
            c2,,Pond,,,50,,,B
            c3,上海好物群,Gold,,,abc,,,
            c4,成都邻里群,Transit,,,300,,GroupBuy,B
            """;
        var response = await launch.Api.PostAsync($"/api/launches/{launch.Id}/groups/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("imported").GetInt32());
        var errors = report.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString())).ToHashSet();
        Assert.Contains((2, "name"), errors);
        Assert.Contains((3, "tier"), errors);
        Assert.Contains((3, "memberCount"), errors);

        var groups = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups");
        var c1 = groups.EnumerateArray().Single(g => g.GetProperty("id").GetString() == "c1");
        Assert.Equal("Core", c1.GetProperty("tier").GetString());
        Assert.Equal(2, c1.GetProperty("seededMembers").GetArrayLength());
    }

    [Fact]
    public async Task Json_import_of_thousands_of_groups_then_events_for_them_are_accepted()
    {
        var launch = await TestLaunch.CreateAsync(app, groups: 0);
        var groups = Enumerable.Range(0, 3000).Select(i => new { id = $"bulk{i}", name = $"群{i}", tier = "Pond", memberCount = 200 }).ToList();
        var response = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/groups/import", groups);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3000, report.GetProperty("imported").GetInt32());
        Assert.Equal(3000, report.GetProperty("totalGroups").GetInt32());
        var ingest = await launch.PostEventAsync(TestLaunch.PageView("pv", "bulk2999", "v"));
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
    }

    [Fact]
    public async Task Registering_an_invalid_group_names_the_field()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/groups/g9", new { id = "g9", name = "x", memberCount = -3 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("memberCount", (await TestLaunch.ProblemAsync(response))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Group_detail_shows_its_orders_and_series()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await launch.PostEventAsync(TestLaunch.Order("e1", "g2", "o1", quantity: 2, amount: 100m));
        var detail = await Wait.Until(
            () => launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups/g2"),
            d => d.GetProperty("stats").GetProperty("orders").GetInt32() == 1, what: "the group's order");
        Assert.Equal("群2", detail.GetProperty("registration").GetProperty("name").GetString());
        Assert.Equal(100m, detail.GetProperty("stats").GetProperty("gmv").GetDecimal());
        Assert.Single(detail.GetProperty("series").EnumerateArray());
    }

    [Fact]
    public async Task Group_detail_shows_its_chain_and_mood()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await launch.PostBatchAsync(new object[]
        {
            new { id = "c1", type = "chat_message", groupId = "g1", memberId = "m1", text = "#接龙\n周四福利 冷敷凝胶\n例 张三 2盒\n\n1. 李姐 1盒\n2. 🌸小雨 x2" },
            new { id = "c2", type = "chat_message", groupId = "g1", memberId = "m2", text = "什么时候发货？" },
            new { id = "c3", type = "chat_message", groupId = "g1", memberId = "m3", text = "感觉是智商税" },
        });
        var detail = await Wait.Until(
            () => launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups/g1"),
            d => d.GetProperty("stats").GetProperty("messages").GetInt32() == 3, what: "three chat messages");
        Assert.Equal(2, detail.GetProperty("stats").GetProperty("signups").GetInt32());
        var chain = detail.GetProperty("chains")[0];
        Assert.Equal("周四福利 冷敷凝胶", chain.GetProperty("title").GetString());
        Assert.Equal(2, chain.GetProperty("entries")[1].GetProperty("quantity").GetInt32());
        var mood = detail.GetProperty("mood");
        Assert.Equal(1, mood.GetProperty("negatives").GetInt32());
        Assert.Equal(1, mood.GetProperty("unansweredQuestions").GetInt32());
        Assert.Equal("智商税", mood.GetProperty("recentNegatives")[0].GetProperty("term").GetString());
    }
}
