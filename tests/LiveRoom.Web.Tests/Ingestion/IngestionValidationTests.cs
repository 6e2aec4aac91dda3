using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Ingestion;

[Collection(AppCollection.Name)]
public sealed class IngestionValidationTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task Unknown_launch_is_404_problem()
    {
        var response = await TestLaunch.SendAsync(app.CreateClient(), "/api/launches/no-such-launch/events", TestLaunch.PageView("e1", "g1", "v1"), "lrk_whatever");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await TestLaunch.ProblemAsync(response);
        Assert.Contains("no-such-launch", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("lrk_wrong")]
    public async Task Missing_or_wrong_key_is_401(string? key)
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await TestLaunch.SendAsync(app.CreateClient(), $"/api/launches/{launch.Id}/events", TestLaunch.PageView("e1", "g1", "v1"), key);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await TestLaunch.ProblemAsync(response);
    }

    [Fact]
    public async Task Beacon_key_accepts_page_views_only()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.PostBatchAsync(new[]
        {
            TestLaunch.PageView("pv1", "g1", "v1"),
            TestLaunch.Order("o1", "g1", "order-1"),
        }, launch.BeaconKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, report.GetProperty("accepted").GetInt32());
        var rejected = Assert.Single(report.GetProperty("rejected").EnumerateArray());
        Assert.Equal(1, rejected.GetProperty("index").GetInt32());
        Assert.Equal("type", rejected.GetProperty("field").GetString());
    }

    public static TheoryData<string, string> BadEvents => new()
    {
        { """{"type":"page_view","groupId":"g1","visitorId":"v"}""", "id" },
        { """{"id":"e","type":"page_vue","groupId":"g1","visitorId":"v"}""", "type" },
        { """{"id":"e","type":"page_view","groupId":"g1"}""", "visitorId" },
        { """{"id":"e","type":"order","groupId":"g1","orderId":"o","skuId":"gel","quantity":"2","amount":10,"status":"paid"}""", "quantity" },
        { """{"id":"e","type":"order","groupId":"g1","orderId":"o","skuId":"gel","quantity":0,"amount":10,"status":"paid"}""", "quantity" },
        { """{"id":"e","type":"order","groupId":"g1","orderId":"o","skuId":"gel","quantity":1,"amount":-1,"status":"paid"}""", "amount" },
        { """{"id":"e","type":"order","groupId":"g1","orderId":"o","skuId":"gel","quantity":1,"amount":1,"status":"shipped"}""", "status" },
        { """{"id":"e","type":"order","groupId":"g1","orderId":"o","skuId":"nope","quantity":1,"amount":1,"status":"paid"}""", "skuId" },
        { """{"id":"e","type":"page_view","groupId":"unknown-group","visitorId":"v"}""", "groupId" },
        { """{"id":"e","type":"page_view","groupId":"g1","visitorId":"v","at":"2999-01-01T00:00:00Z"}""", "at" },
        { """{"id":"e","type":"page_view","groupId":"g1","visitorId":"v","at":"yesterday"}""", "at" },
        { """{"id":"e","type":"restock","skuId":"gel","quantity":-5}""", "quantity" },
        { """{"id":"e","type":"chat_message","groupId":"g1","memberId":"m"}""", "text" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task Each_invalid_single_event_names_its_field(string json, string field)
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.PostEventAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestLaunch.ProblemAsync(response);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"expected an error for '{field}', got {errors.ToJsonString()}");
    }

    [Fact]
    public async Task Partial_batch_accepts_the_good_and_reports_each_rejected_by_index_and_field()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.PostBatchAsync("""
            [
              {"id":"a","type":"order","groupId":"g1","orderId":"o-a","skuId":"gel","quantity":2,"amount":119.8,"status":"paid"},
              {"id":"b","type":"order","groupId":"g1","orderId":"o-b","skuId":"gel","quantity":"two","amount":1,"status":"paid"},
              42,
              {"id":"d","type":"member_joined","groupId":"g2","memberId":"m1"},
              {"id":"e","type":"page_view","groupId":"ghost","visitorId":"v"}
            ]
            """);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("accepted").GetInt32());
        var rejected = report.GetProperty("rejected").EnumerateArray()
            .Select(r => (r.GetProperty("index").GetInt32(), r.GetProperty("field").GetString())).ToList();
        Assert.Equal([(1, "quantity"), (2, "$"), (4, "groupId")], rejected);

        var totals = await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 1 && t.GetProperty("joins").GetInt32() == 1, "the good events");
        Assert.Equal(119.8m, totals.GetProperty("gmv").GetDecimal());
    }

    [Fact]
    public async Task Batch_with_only_bad_events_is_a_validation_problem_keyed_by_index()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.PostBatchAsync("""[{"id":"x","type":"order"}]""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestLaunch.ProblemAsync(response);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("[0].groupId", errors.Select(e => e.Key));
        Assert.Contains("[0].orderId", errors.Select(e => e.Key));
        Assert.NotEmpty(problem["rejected"]!.AsArray());
    }

    [Fact]
    public async Task Malformed_json_is_400_and_not_an_array_is_400()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var broken = await launch.PostBatchAsync("[{\"id\":");
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("JSON", (await TestLaunch.ProblemAsync(broken))["detail"]!.GetValue<string>());
        var notArray = await launch.PostBatchAsync("""{"id":"x"}""");
        Assert.Equal(HttpStatusCode.BadRequest, notArray.StatusCode);
    }

    [Fact]
    public async Task More_than_1000_events_is_413()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var events = Enumerable.Range(0, 1001).Select(i => TestLaunch.PageView($"e{i}", "g1", "v")).ToArray();
        var response = await launch.PostBatchAsync(events);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await TestLaunch.ProblemAsync(response);
    }

    [Fact]
    public async Task Body_over_1_MB_is_413()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var text = new string('字', 3000);
        var events = Enumerable.Range(0, 200)
            .Select(i => new { id = $"c{i}", type = "chat_message", groupId = "g1", memberId = "m", text }).ToArray();
        var response = await launch.PostBatchAsync(events);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await TestLaunch.ProblemAsync(response);
    }

    [Fact]
    public async Task Single_event_endpoint_limits_its_body()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.PostEventAsync(new { id = "c", type = "chat_message", groupId = "g1", memberId = "m", text = new string('x', 20_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_type_in_problem_is_reported_with_the_event_id()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.PostEventAsync("""{"id":"evt-77","type":"order","groupId":"g1","orderId":"o","skuId":"gel","quantity":1,"amount":"free","status":"paid"}""");
        var problem = await TestLaunch.ProblemAsync(response);
        var rejected = problem["rejected"]!.AsArray().Single()!.AsObject();
        Assert.Equal("evt-77", rejected["eventId"]!.GetValue<string>());
        Assert.Equal("amount", rejected["field"]!.GetValue<string>());
        Assert.IsType<JsonObject>(problem["errors"]);
    }
}
