using LiveRoom.Domain.Groups;
using static LiveRoom.Web.Tests.Launches.BoardFakes;
using LiveRoom.Web.Launches;

namespace LiveRoom.Web.Tests.Launches;

public sealed class LeaderboardViewTests
{
    [Fact]
    public void Sorts_by_orders_descending_with_ties_by_id()
    {
        var model = BoardModel.From(Snapshot(1, Row("b", 5), Row("a", 5), Row("c", 9)), Now);
        var view = new LeaderboardView();
        view.Refresh(model, Now);
        Assert.Equal(["c", "a", "b"], view.Ids);
        view.SortBy(GroupSort.Orders); // same column again: ascending
        view.Refresh(model, Now);
        Assert.Equal(["a", "b", "c"], view.Ids);
    }

    [Fact]
    public void Filters_by_tier_search_and_flags()
    {
        var model = BoardModel.From(Snapshot(1, Row("g1", tier: GroupTier.Core, name: "杭州核心群"), Row("g2", name: "上海群", silent: true), Row("g3", tier: GroupTier.Core)), Now);
        var view = new LeaderboardView();
        view.Filter(GroupTier.Core, "", false);
        view.Refresh(model, Now);
        Assert.Equal(["g1", "g3"], view.Ids);
        view.Filter(null, "杭州", false);
        view.Refresh(model, Now);
        Assert.Equal(["g1"], view.Ids);
        view.Filter(null, "", true);
        view.Refresh(model, Now);
        Assert.Equal(["g2"], view.Ids);
    }

    [Fact]
    public void Row_changes_re_sort_at_most_every_interval()
    {
        var model = BoardModel.From(Snapshot(1, Row("a", 1), Row("b", 2)), Now);
        var view = new LeaderboardView();
        Assert.True(view.Refresh(model, Now));
        model.Apply(Update(2, [Row("a", 10)]), Now);
        Assert.False(view.Refresh(model, Now.AddMilliseconds(500)));
        Assert.Equal(["b", "a"], view.Ids);
        Assert.True(view.Refresh(model, Now + LeaderboardView.ResortEvery));
        Assert.Equal(["a", "b"], view.Ids);
        Assert.False(view.Refresh(model, Now + LeaderboardView.ResortEvery * 3)); // nothing changed since
    }
}
