using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Run;

/// <summary>
/// The LiveRoom launch a script runs against: T0 at the profile's T0 from now, so the board's
/// phase follows the run (warm-up, countdown, live, closing); the script's SKUs and stock, plus the
/// freshness marker SKU; the script's groups with their registered sizes.
/// </summary>
public static class ModelLaunch
{
    public static object Definition(string id, LaunchScript script, DateTimeOffset now)
    {
        var run = script.Options.Duration;
        var t0 = now + run * script.Options.Profile.T0;
        var countdown = Math.Max(1, (int)Math.Ceiling((run * Math.Max(0, script.Options.Profile.T0 - 0.25)).TotalMinutes));
        // Ends well after the run (late webhooks still belong to a live launch); closing starts at 85 %.
        var ends = now + run + TimeSpan.FromMinutes(30);
        var closing = Math.Max(0, (int)Math.Round((ends - (now + run * 0.85)).TotalMinutes));
        return new
        {
            id,
            name = $"负载测试 {id}",
            startsAt = t0,
            endsAt = ends,
            timeZone = "Asia/Shanghai",
            warmupLeadMinutes = 1440,
            countdownLeadMinutes = countdown,
            closingLeadMinutes = closing,
            skus = script.Skus.Select(s => new { id = s.Id, name = s.Name, price = s.Price, anchorPrice = s.Price * 2, initialStock = s.Stock, lowStockThreshold = Math.Max(1, s.Stock / 10) })
                .Append(new { id = LaunchPlan.MarkerSku, name = "freshness marker", price = 1m, anchorPrice = 1m, initialStock = 10_000_000, lowStockThreshold = 0 })
                .ToArray(),
            targets = new { orders = script.Truth.Orders, gmv = script.Truth.Gmv },
        };
    }

    /// <param name="wecomLinks">Each group links its WeCom chat (<c>links.wecom</c>), for `run --via platforms`.</param>
    public static object[] Groups(LaunchScript script, bool wecomLinks = false) =>
        script.Groups.Select(g => wecomLinks
            ? (object)new
            {
                id = g.Id,
                name = $"{ModelGroup.TierName(g.Tier)}群 {g.Id}",
                tier = ModelGroup.TierName(g.Tier),
                memberCount = g.InitialMembers,
                seededMembers = g.SeededMembers,
                conversionMode = "ChainSignup",
                links = new Dictionary<string, string> { ["wecom"] = Platforms.WeComCallback.ChatId(g.Id) },
            }
            : new
            {
                id = g.Id,
                name = $"{ModelGroup.TierName(g.Tier)}群 {g.Id}",
                tier = ModelGroup.TierName(g.Tier),
                memberCount = g.InitialMembers,
                seededMembers = g.SeededMembers,
                conversionMode = "ChainSignup",
            }).ToArray();
}
