using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Tests.Ingestion;

public class IngestKeysTests
{
    [Fact]
    public void Server_key_allows_all_events_and_beacon_key_only_page_views()
    {
        var keys = IngestKeys.Generate();
        Assert.Equal(IngestScope.All, keys.Authorize(keys.ServerKey));
        Assert.Equal(IngestScope.PageViewsOnly, keys.Authorize(keys.BeaconKey));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("lrk_wrong")]
    public void Missing_or_wrong_keys_are_refused(string? presented)
    {
        Assert.Null(IngestKeys.Generate().Authorize(presented));
    }

    [Fact]
    public void A_prefix_or_a_longer_key_is_not_the_key()
    {
        var keys = IngestKeys.Generate();
        Assert.Null(keys.Authorize(keys.ServerKey[..^1]));
        Assert.Null(keys.Authorize(keys.ServerKey + "0"));
        Assert.Null(keys.Authorize(keys.ServerKey.ToUpperInvariant()));
    }

    [Fact]
    public void Generated_keys_are_prefixed_random_and_distinct()
    {
        var a = IngestKeys.Generate();
        var b = IngestKeys.Generate();
        Assert.StartsWith("lrk_", a.ServerKey);
        Assert.StartsWith("lrb_", a.BeaconKey);
        Assert.Equal(4 + 32, a.ServerKey.Length);
        Assert.NotEqual(a.ServerKey, b.ServerKey);
        Assert.NotEqual(a.BeaconKey, b.BeaconKey);
    }

    [Fact]
    public void Old_keys_stop_working_after_rotation()
    {
        var old = IngestKeys.Generate();
        var rotated = IngestKeys.Generate();
        Assert.Null(rotated.Authorize(old.ServerKey));
        Assert.Null(rotated.Authorize(old.BeaconKey));
    }
}
