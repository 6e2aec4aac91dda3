using System.Globalization;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using CsvHelper;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Timeline;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Web.Tests.Timeline;

[Collection(AppCollection.Name)]
public sealed class TimelineExportTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task Operator_actions_are_on_the_timeline_with_who_and_which_groups()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/phase", new { phase = "Closing" });
        await launch.Api.PostAsync($"/api/launches/{launch.Id}/keys/rotate", null);
        var registered = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/groups/g9", new { id = "g9", name = "新群", tier = "Core", memberCount = 100 });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

        var entries = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/timeline?format=json");

        // The board's alerts (these groups are quiet in a live launch) are on the same timeline.
        var rows = entries.EnumerateArray().Where(r => r.GetProperty("kind").GetString() != "Alert").ToList();
        Assert.Equal(["launch.created", "groups.imported", "launch.phase", "keys.rotated", "groups.registered"], rows.Select(r => r.GetProperty("action").GetString()));
        Assert.All(rows, r => Assert.Equal(LiveRoomAppFactory.User, r.GetProperty("actor").GetString()));
        Assert.All(rows, r => Assert.Equal("OperatorAction", r.GetProperty("kind").GetString()));
        Assert.Equal(["g1", "g2", "g3"], rows[1].GetProperty("groupIds").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("Closing", rows[2].GetProperty("args").GetProperty("phase").GetString());
        Assert.Equal("阶段设为 促单", rows[2].GetProperty("summary").GetString());
        var sequences = entries.EnumerateArray().Select(r => r.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(0, sequences.Count).Select(i => (long)i), sequences);
    }

    [Fact]
    public async Task The_csv_export_streams_every_page_and_a_viewer_may_read_it()
    {
        var launch = await TestLaunch.CreateAsync(app);
        // More than two export pages (1,000 each) and one timeline page seal (500), appended in batches.
        var timeline = app.Services.GetRequiredService<IGrainFactory>().GetGrain<ILaunchTimelineGrain>(launch.Id);
        for (var batch = 0; batch < 5; batch++)
            await timeline.Append(Enumerable.Range(0, 500).Select(i => new TimelineEntry
            {
                At = DateTimeOffset.UtcNow,
                Kind = TimelineKind.Cue,
                Actor = "cues",
                Action = "cue.issued",
                Summary = $"提示, \"{batch}-{i}\"",
                GroupIds = ["g1", "g2"],
                RefId = $"c{batch}-{i}",
            }).ToList());

        var viewer = await app.LoggedInClientAsync(LiveRoomAppFactory.ViewerUser);
        var response = await viewer.GetAsync($"/api/launches/{launch.Id}/timeline?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);

        using var reader = new StringReader((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var all = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(Enumerable.Range(0, all.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), all.Select(r => (string)r["sequence"]));
        // Board alerts (quiet groups) may interleave; everything else is what was appended.
        var records = all.Where(r => (string)r["kind"] != "Alert").ToList();
        Assert.Equal(2 + 2500, records.Count);
        var last = records[^1];
        Assert.Equal("Cue", last["kind"]);
        Assert.Equal("提示, \"4-499\"", last["summary"]);
        Assert.Equal("g1;g2", last["groupIds"]);
        Assert.Equal("c4-499", last["refId"]);
    }

    [Fact]
    public async Task Export_names_a_bad_format_and_an_unknown_launch()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var bad = await launch.Api.GetAsync($"/api/launches/{launch.Id}/timeline?format=xml");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await TestLaunch.ProblemAsync(bad))["errors"]!.AsObject().ContainsKey("format"));
        Assert.Equal(HttpStatusCode.NotFound, (await launch.Api.GetAsync("/api/launches/no-such-launch/timeline?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/launches/{launch.Id}/timeline")).StatusCode);
    }

    [Fact]
    public async Task Revoked_keys_are_refused_until_a_rotation_and_the_revocation_is_recorded()
    {
        var launch = await TestLaunch.CreateAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await launch.PostEventAsync(TestLaunch.PageView("e1", "g1", "v1"))).StatusCode);

        var revoked = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/keys/revoke", new { key = "all" });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await launch.PostEventAsync(TestLaunch.PageView("e2", "g1", "v2"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await launch.PostEventAsync(TestLaunch.PageView("e3", "g1", "v3"), launch.BeaconKey)).StatusCode);

        var keys = await (await launch.Api.PostAsync($"/api/launches/{launch.Id}/keys/rotate", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await launch.PostEventAsync(TestLaunch.PageView("e4", "g1", "v4"), keys.GetProperty("serverKey").GetString())).StatusCode);

        var bad = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/keys/revoke", new { key = "everything" });
        Assert.True((await TestLaunch.ProblemAsync(bad))["errors"]!.AsObject().ContainsKey("key"));

        var entries = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/timeline");
        Assert.Contains(entries.EnumerateArray(), e => e.GetProperty("action").GetString() == "keys.revoked" && e.GetProperty("args").GetProperty("which").GetString() == "all");
    }
}
