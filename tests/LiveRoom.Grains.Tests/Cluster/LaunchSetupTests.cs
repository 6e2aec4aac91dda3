using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Launches;

namespace LiveRoom.Grains.Tests.Cluster;

public class LaunchSetupTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    [Fact]
    public async Task A_launch_that_was_never_saved_has_no_snapshot_or_catalog()
    {
        Assert.Null(await Launch.GetDefinition());
        Assert.Null(await Launch.GetSnapshot());
        Assert.Null(await Launch.GetCatalog());
        await Assert.ThrowsAsync<InvalidOperationException>(() => Launch.RegisterGroups([Group("g1")]));
    }

    [Fact]
    public async Task Keys_are_generated_once_and_rotation_replaces_both()
    {
        await CreateLaunch([Group("g1")]);
        var keys = await Launch.GetKeys();
        Assert.NotNull(keys);

        await Launch.Save((await Launch.GetDefinition())! with { Name = "改名" });
        Assert.Equal(keys, await Launch.GetKeys());

        var rotated = await Launch.RotateKeys();
        Assert.NotEqual(keys.ServerKey, rotated.ServerKey);
        Assert.NotEqual(keys.BeaconKey, rotated.BeaconKey);
        Assert.Equal(rotated, (await Launch.GetCatalog())!.Keys);
    }

    [Fact]
    public async Task The_catalog_lists_groups_and_skus_and_its_version_moves_with_every_change()
    {
        await CreateLaunch([Group("g1"), Group("g2")]);
        var first = (await Launch.GetCatalog())!;
        Assert.Equal(LaunchId, first.LaunchId);
        Assert.True(first.GroupIds.SetEquals(["g1", "g2"]));
        Assert.True(first.SkuIds.SetEquals(["sku-1"]));

        Assert.Equal(3, await Launch.RegisterGroups([Group("g3"), Group("g1", members: 5)]));
        var second = (await Launch.GetCatalog())!;
        Assert.True(second.Version > first.Version);
        Assert.True(second.GroupIds.SetEquals(["g1", "g2", "g3"]));
        Assert.Equal(5, (await Launch.GetGroup("g1"))!.MemberCount);
        Assert.Equal(3, (await Snapshot()).Launch.GroupCount);
    }

    [Fact]
    public async Task Saving_keeps_created_at_stamps_the_key_as_id_and_lists_the_launch()
    {
        await CreateLaunch([]);
        var created = (await Launch.GetDefinition())!;
        Assert.Equal(LaunchId, created.Id);

        var saved = await Launch.Save(created with { Id = "ignored", Name = "第二版" });
        Assert.Equal(LaunchId, saved.Id);
        Assert.Equal(created.CreatedAt, saved.CreatedAt);
        Assert.True(saved.UpdatedAt >= created.UpdatedAt);

        var listed = await Client.GetGrain<ILaunchIndexGrain>(0).List();
        Assert.Equal("第二版", listed.Single(l => l.Id == LaunchId).Name);
    }

    [Fact]
    public async Task The_phase_follows_the_clock_and_the_override_wins()
    {
        await CreateLaunch([Group("g1")], startsAt: DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Equal(LaunchPhase.Countdown, (await Snapshot()).Phase);

        await Launch.SetPhaseOverride(LaunchPhase.Live);
        Assert.Equal(LaunchPhase.Live, (await Snapshot()).Phase);

        await Launch.SetPhaseOverride(null);
        Assert.Equal(LaunchPhase.Countdown, (await Snapshot()).Phase);
    }
}
