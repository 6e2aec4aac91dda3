using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Announcements;

[Collection(AppCollection.Name)]
public sealed class DeliveryForecastApiTests(LiveRoomAppFactory app)
{
    private const string Robot = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=forecast-robot";

    [Fact]
    public async Task The_forecast_names_the_groups_one_robot_cannot_reach_in_time_with_a_fix()
    {
        var launch = await TestLaunch.CreateAsync(app, groups: 1);
        var groups = Enumerable.Range(1, 25).Select(i => new
        {
            id = $"r{i:00}", name = $"内部群{i}", kind = "WeComInternal",
            channel = new { kind = "WeCom", url = Robot },
        });
        Assert.Equal(HttpStatusCode.OK, (await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/groups/import", groups)).StatusCode);
        var plan = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/announcements/plan", new
        {
            entries = new[] { new { id = "later", offset = "00:30:00", template = "还有 {t_minus}" } },
        });
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);

        var forecast = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/announcements/forecast");

        var notice = Assert.Single(forecast.GetProperty("notices").EnumerateArray());
        Assert.Equal(26, notice.GetProperty("groups").GetInt32()); // g1 (inbox, kind unspecified) and the 25 robot groups
        Assert.Equal(21, notice.GetProperty("onTime").GetInt32());
        Assert.Equal(5, notice.GetProperty("late").GetInt32());
        var risks = forecast.GetProperty("atRisk").EnumerateArray().ToList();
        Assert.Equal(5, risks.Count);
        Assert.All(risks, r =>
        {
            Assert.Equal("Late", r.GetProperty("verdict").GetString());
            Assert.Equal("reach.rate_limited", r.GetProperty("reason").GetProperty("code").GetString());
            Assert.Contains(r.GetProperty("fixes").EnumerateArray(), f => f.GetProperty("code").GetString() == "reach.fix.more_robots");
        });
    }

    [Fact]
    public async Task A_robot_for_a_personal_WeChat_group_is_refused_naming_the_field()
    {
        var launch = await TestLaunch.CreateAsync(app, groups: 1);

        var response = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/groups/p1", new
        {
            id = "p1", name = "个人群", kind = "WeChatPersonal", channel = new { kind = "WeCom", url = Robot },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("channel.kind", out _), errors.ToString());
    }
}
