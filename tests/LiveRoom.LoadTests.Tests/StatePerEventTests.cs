using System.Text.Json;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.StatePerEvent;

namespace LiveRoom.LoadTests.Tests;

/// <summary>The plumbing of bench stage (h), the state-per-event baseline (not its speed).</summary>
public sealed class StatePerEventTests
{
    [Fact]
    public void A_batch_split_per_group_is_event_for_event_the_batch_stage_c_posts()
    {
        var writer = new EventWriter("t", groups: 37, visitors: 1_000);
        var buffer = new byte[EventWriter.MaxEventBytes * 300];
        var posted = JsonDocument.Parse(buffer.AsMemory(0, writer.MixedBatch(buffer, 500, 300))).RootElement.EnumerateArray().ToList();

        var parts = StatePerEventBaseline.Split(writer, 500, 300, minute: 7);
        var split = parts.SelectMany(p => p.Value.Select(e => (Group: p.Key, Event: e))).OrderBy(x => x.Event.Id).ToList();

        Assert.Equal(posted.Count, split.Count);
        foreach (var (json, (group, e)) in posted.Zip(split))
        {
            Assert.Equal(json.GetProperty("groupId").GetString(), LaunchPlan.GroupId(group));
            var type = json.GetProperty("type").GetString();
            Assert.Equal(type, e.Kind switch { StreamKind.Order => "order", StreamKind.Chat => "chat_message", _ => "page_view" });
            if (e.Kind == StreamKind.PageView) Assert.Equal(json.GetProperty("visitorId").GetString(), $"v{e.Visitor}");
            if (e.Kind == StreamKind.Order) Assert.Equal(json.GetProperty("amount").GetDecimal(), e.Amount);
        }
        // Within a group the events keep their stream order (a grain applies them in that order).
        Assert.All(parts.Values, list => Assert.Equal(list.OrderBy(e => e.Id), list));
        Assert.Equal(6, split.Count(x => x.Event.Kind == StreamKind.Order)); // 2 % of 300
    }

    [Fact]
    public void The_historical_stream_puts_all_orders_in_a_few_groups_and_spread_puts_them_everywhere()
    {
        static int OrderGroups(EventWriter w) =>
            Enumerable.Range(0, 100_000).Where(n => EventWriter.KindOf(n) == StreamKind.Order).Select(n => w.GroupIndex(n)).Distinct().Count();
        Assert.Equal(4, OrderGroups(new EventWriter("t", groups: 200, visitors: 1_000)));   // 200 / 50: n % 100 decides the group too
        Assert.Equal(200, OrderGroups(new EventWriter("t", groups: 200, visitors: 1_000, spread: true)));
        var spread = new EventWriter("t", groups: 200, visitors: 1_000, spread: true);
        Assert.All(Enumerable.Range(0, 1_000), n => Assert.InRange(spread.GroupIndex(n), 0, 199));
    }

    [Fact]
    public void The_state_counts_every_event_and_a_replayed_order_or_message_changes_nothing()
    {
        var state = new PerEventGroupState();
        Assert.True(state.Apply(new PerEvent(1, StreamKind.PageView, Visitor: 5, Minute: 10, Amount: 0)));
        Assert.True(state.Apply(new PerEvent(2, StreamKind.PageView, Visitor: 5, Minute: 10, Amount: 0)));
        Assert.True(state.Apply(new PerEvent(3, StreamKind.Order, 0, 11, 99)));
        Assert.False(state.Apply(new PerEvent(3, StreamKind.Order, 0, 11, 99)));
        Assert.True(state.Apply(new PerEvent(4, StreamKind.Chat, 0, 11, 0)));
        Assert.False(state.Apply(new PerEvent(4, StreamKind.Chat, 0, 11, 0)));

        Assert.Equal((4L, 2L, 1, 99m, 1), (state.Version, state.PageViews, state.Visitors.Count, state.Gmv, state.MessageIds.Count));
        Assert.Equal((2, 1), (state.Minutes[10].PageViews, state.Minutes[10].Visitors));
        Assert.Equal((1, 1), (state.Minutes[11].Orders, state.Minutes[11].Messages));
    }

    [Fact]
    [Trait("Category", "Redis")]
    public async Task Every_event_is_one_awaited_state_write_in_Redis_and_the_run_leaves_no_key_behind()
    {
        await using var redis = await PrivateRedis.StartAsync();
        var serviceId = $"liveroom-bench-test-{Guid.NewGuid():N}";
        await using (var silo = await PerEventSilo.StartAsync(redis.Connection, serviceId))
        {
            var grain = silo.Grains.GetGrain<IPerEventGroupGrain>("t/g00001");
            var before = await redis.CommandCallsAsync();
            var writes = await grain.Apply(
            [
                new(1, StreamKind.PageView, 1, 1, 0), new(2, StreamKind.Order, 0, 1, 99), new(2, StreamKind.Order, 0, 1, 99),
                new(3, StreamKind.Chat, 0, 1, 0), new(4, StreamKind.PageView, 2, 1, 0),
            ]);
            Assert.Equal(4, writes); // the replayed order is not written
            // Each write is at least one Redis command (the storage's script), awaited before the next event.
            Assert.True(await redis.CommandCallsAsync() - before >= 4);
            Assert.NotEmpty(await redis.KeysAsync(serviceId));
        }
        Assert.Empty(await redis.KeysAsync(serviceId));

        // The stage itself: 2 senders for a second; every event is new, so one write each.
        var result = await StatePerEventBaseline.RunAsync(redis.Connection, "t2", new EventWriter("t2", groups: 50, visitors: 1_000), concurrency: 2, TimeSpan.Zero, TimeSpan.FromSeconds(1), stage => stage());
        Assert.True(result.Events >= 1000, $"{result.Events} events");
        Assert.Equal(0, result.Errors);
        Assert.Equal(result.Events, result.StateWrites);
        Assert.Empty(await redis.KeysAsync("liveroom-bench-t2"));
    }
}
