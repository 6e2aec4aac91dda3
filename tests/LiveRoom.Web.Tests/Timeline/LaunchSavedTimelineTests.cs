using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Timeline;

/// <summary>A launch edit's timeline entry says what changed, SKU by SKU.</summary>
[Collection(AppCollection.Name)]
public sealed class LaunchSavedTimelineTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task An_sku_edit_is_on_the_timeline_with_the_old_and_new_values()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var current = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}");
        var edited = JsonNode.Parse(current.GetProperty("launch").GetRawText())!.AsObject();
        var skus = edited["skus"]!.AsArray();
        var cup = skus.Single(s => s!["id"]!.GetValue<string>() == "cup")!;
        cup["initialStock"] = 250;
        cup["price"] = 79;
        skus.Remove(skus.Single(s => s!["id"]!.GetValue<string>() == "gel"));
        skus.Add(new JsonObject { ["id"] = "mask", ["name"] = "面膜", ["price"] = 39, ["anchorPrice"] = 69, ["initialStock"] = 50, ["lowStockThreshold"] = 5 });

        var put = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}", edited);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var entries = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/timeline?format=json");
        var saved = Assert.Single(entries.EnumerateArray(), e => e.GetProperty("action").GetString() == "launch.saved");
        var summary = saved.GetProperty("summary").GetString()!;
        Assert.Equal(LiveRoomAppFactory.User, saved.GetProperty("actor").GetString());
        Assert.Contains("SKU cup：库存 100 → 250，价格 ¥89 → ¥79", summary);
        Assert.Contains("新增 SKU mask（面膜，库存 50，¥39）", summary);
        Assert.Contains("删除 SKU gel", summary);
        Assert.DoesNotContain("名称", summary);
    }
}
