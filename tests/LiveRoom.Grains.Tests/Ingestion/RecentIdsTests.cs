using LiveRoom.Grains.Ingestion;

namespace LiveRoom.Grains.Tests.Ingestion;

public class RecentIdsTests
{
    [Fact]
    public void A_replay_inside_the_window_is_caught()
    {
        var ids = new RecentIds(10);
        Assert.True(ids.Add(1));
        Assert.True(ids.Add(2));
        Assert.False(ids.Add(1));
        Assert.False(ids.Add(2));
        Assert.True(ids.Add(3));
    }

    [Fact]
    public void Ids_survive_one_generation_swap()
    {
        var ids = new RecentIds(3);
        ids.Add(1); ids.Add(2); ids.Add(3); // young full: becomes old
        Assert.False(ids.Add(1));           // still remembered in the old generation
        Assert.True(ids.Add(4));
        Assert.True(ids.Add(5));
        Assert.False(ids.Add(3));
    }

    [Fact]
    public void Ids_are_forgotten_after_two_generations()
    {
        var ids = new RecentIds(3);
        ids.Add(1); ids.Add(2); ids.Add(3); // generation 1 → old
        ids.Add(4); ids.Add(5); ids.Add(6); // generation 2 → old, generation 1 dropped
        Assert.True(ids.Add(1));
        Assert.False(ids.Add(6));
    }

    [Fact]
    public void At_least_capacity_recent_ids_are_always_remembered()
    {
        const int capacity = 100;
        var ids = new RecentIds(capacity);
        for (ulong i = 0; i < 1_000; i++)
        {
            Assert.True(ids.Add(i));
            if (i >= capacity) Assert.False(ids.Add(i - capacity + 1));
        }
    }
}
