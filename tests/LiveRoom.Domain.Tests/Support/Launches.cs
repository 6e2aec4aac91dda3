using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Support;

public static class Launches
{
    public static LaunchDefinition Definition(DateTimeOffset startsAt, params Sku[] skus) => new()
    {
        Id = "launch-1",
        Name = "冷敷凝胶 周四福利",
        StartsAt = startsAt,
        EndsAt = startsAt.AddHours(2),
        TimeZone = "Asia/Shanghai",
        Skus = skus.Length > 0 ? skus : [Sku()],
        Targets = new LaunchTargets(100, 10_000m),
    };

    public static Sku Sku(string id = "sku-1", int stock = 100, int low = 10, decimal price = 99m) =>
        new(id, "冷敷凝胶", price, 199m, stock, low);

    public static GroupRegistration Group(string id, int members = 0, GroupTier tier = GroupTier.Core) =>
        new() { Id = id, Name = $"群 {id}", Tier = tier, MemberCount = members };
}
