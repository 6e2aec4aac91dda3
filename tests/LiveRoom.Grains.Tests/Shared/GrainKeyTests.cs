using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Tests.Shared;

/// <summary>Composite grain keys are built and read by one type each, and read back what was built.</summary>
public class GrainKeyTests
{
    [Fact]
    public void Each_key_reads_back_what_it_built()
    {
        Assert.Equal(new GroupKey("l1", "g/1"), GroupKey.Parse(GroupKey.Of("l1", "g/1")));
        Assert.Equal(new IncidentKey("l1", "inc-7"), IncidentKey.Parse(IncidentKey.Of("l1", "inc-7")));
        Assert.Equal(new OutboxKey("l1", 15), OutboxKey.Parse(OutboxKey.Of("l1", 15)));
        Assert.Equal(new TimelinePageKey("l1", 42), TimelinePageKey.Parse(TimelinePageKey.Of("l1", 42)));
        Assert.Equal("l1/3", OutboxKey.Of("l1", 3));
        Assert.Equal(new JournalEntryId(12, "a/b"), JournalEntryId.Parse(JournalEntryId.Of(12, "a/b")));
        Assert.Equal("12/tag", new JournalEntry(12, "tag", []).Id);
    }

    [Fact]
    public void A_key_of_another_shape_is_refused()
    {
        Assert.Throws<FormatException>(() => IncidentKey.Parse("no-slash"));
        Assert.Throws<FormatException>(() => OutboxKey.Parse("l1/x"));
        Assert.Throws<FormatException>(() => TimelinePageKey.Parse("/3"));
        Assert.Throws<FormatException>(() => JournalEntryId.Parse("x/tag"));
        Assert.Throws<FormatException>(() => JournalEntryId.Parse("12"));
    }
}
