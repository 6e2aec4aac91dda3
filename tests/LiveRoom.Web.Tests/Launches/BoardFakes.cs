using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Web.Tests.Launches;

/// <summary>Small snapshots and updates for the dashboard's view-model tests.</summary>
internal static class BoardFakes
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static LaunchDefinition Launch() => new()
    {
        Id = "l1",
        Name = "测试",
        StartsAt = Now,
        EndsAt = Now.AddHours(1),
        TimeZone = "Asia/Shanghai",
        Skus = [new Sku("s1", "商品", 10, 20, 100, 10)],
    };

    public static GroupRow Row(string id, int orders = 0, GroupTier tier = GroupTier.Pond, string? name = null, bool silent = false) =>
        new() { Id = id, Name = name ?? $"群{id}", Tier = tier, Orders = orders, Silent = silent };

    public static LaunchSnapshot Snapshot(long seq, params GroupRow[] rows) => new()
    {
        Seq = seq,
        ServerTime = Now,
        Launch = new LaunchInfo(Launch(), rows.Length),
        Totals = new LaunchTotals(),
        Groups = rows,
    };

    public static LaunchUpdate Update(long seq, GroupRow[]? rows = null, SeriesPoint[]? series = null, LaunchInfo? launch = null) => new()
    {
        LaunchId = "l1",
        Seq = seq,
        ServerTime = Now,
        Totals = new LaunchTotals { Orders = (int)seq },
        Groups = rows ?? [],
        Series = series ?? [],
        Launch = launch,
    };
}
