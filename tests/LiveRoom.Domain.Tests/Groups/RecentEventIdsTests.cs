using LiveRoom.Domain.Groups;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace LiveRoom.Domain.Tests.Groups;

/// <summary>The bounded idempotency window of a group's membership and chat events.</summary>
public sealed class RecentEventIdsTests
{
    [Fact]
    public void A_replay_inside_the_window_is_refused_and_a_new_id_is_not()
    {
        var ids = new RecentEventIds();
        Assert.True(ids.Add("m1"));
        Assert.True(ids.Add("m2"));
        Assert.False(ids.Add("m1"));
        Assert.Equal(2, ids.Count);
    }

    [Fact]
    public void The_window_stays_bounded_and_forgets_the_oldest_first()
    {
        var ids = new RecentEventIds();
        for (var i = 0; i < RecentEventIds.Capacity * 3; i++) Assert.True(ids.Add($"e{i}"));

        Assert.Equal(RecentEventIds.Capacity, ids.Count);
        // The newest Capacity ids are remembered, everything older is forgotten.
        Assert.True(ids.Contains($"e{RecentEventIds.Capacity * 3 - 1}"));
        Assert.True(ids.Contains($"e{RecentEventIds.Capacity * 2}"));
        Assert.False(ids.Contains($"e{RecentEventIds.Capacity * 2 - 1}"));
        Assert.False(ids.Contains("e0"));
        // A forgotten id counts as new again, and pushes the then-oldest out.
        Assert.True(ids.Add("e0"));
        Assert.False(ids.Contains($"e{RecentEventIds.Capacity * 2}"));
        Assert.Equal(RecentEventIds.Capacity, ids.Count);
    }

    [Fact]
    public void A_stored_window_still_refuses_its_ids_and_keeps_its_order()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        var ids = new RecentEventIds();
        // Wrapped once, so the stored ring's write position matters.
        for (var i = 0; i < RecentEventIds.Capacity + 10; i++) ids.Add($"e{i}");

        var copy = serializer.Deserialize<RecentEventIds>(serializer.SerializeToArray(ids))!;

        Assert.False(copy.Add($"e{RecentEventIds.Capacity + 9}"));
        Assert.False(copy.Add("e10"));
        Assert.True(copy.Contains("e11"));
        // The next new id evicts the oldest remembered one (e10), exactly as the original would.
        Assert.True(copy.Add("new"));
        Assert.False(copy.Contains("e10"));
        Assert.True(copy.Contains("e11"));
    }
}
