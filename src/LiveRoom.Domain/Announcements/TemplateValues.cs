using System.Globalization;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// The placeholder values for one group at one moment. The featured SKU ({sku.*}, {price}) is the
/// launch's first; {t_minus} is the time left to T0 in Chinese ("10分钟", "1小时5分钟", "30秒"),
/// "已开售" from T0 on.
/// </summary>
public static class TemplateValues
{
    public static Dictionary<string, string> For(
        LaunchDefinition launch, SkuInventory? featured, string groupName, int groupSignups, DateTimeOffset now)
    {
        var sku = launch.Skus.FirstOrDefault();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["launch"] = launch.Name,
            ["t_minus"] = TMinus(launch.StartsAt - now),
            ["sku.name"] = featured?.Name ?? sku?.Name ?? "",
            ["sku.remaining"] = (featured?.Remaining ?? sku?.InitialStock ?? 0).ToString(CultureInfo.InvariantCulture),
            ["price"] = Money(featured?.Price ?? sku?.Price ?? 0m),
            ["anchor_price"] = Money(featured?.AnchorPrice ?? sku?.AnchorPrice ?? 0m),
            ["group.name"] = groupName,
            ["group.signups"] = groupSignups.ToString(CultureInfo.InvariantCulture),
            ["link"] = launch.SaleLink ?? "",
        };
    }

    public static string TMinus(TimeSpan left)
    {
        if (left <= TimeSpan.Zero) return "已开售";
        var (h, m, seconds) = Rounded(left);
        if (h == 0 && m == 0) return $"{seconds}秒";
        if (h == 0) return $"{m}分钟";
        return m == 0 ? $"{h}小时" : $"{h}小时{m}分钟";
    }

    /// <summary>
    /// Time left as people say it, for the chat's {t_minus} and the dashboard alike: under a minute
    /// in seconds rounded up (T-9.5s says 10秒), else minutes to the nearest (queued at T-9m59.5s it
    /// says 10分钟, and a late T-2m sent at T-70s says 1分钟, not 2), split into hours and minutes.
    /// </summary>
    public static (long Hours, long Minutes, long Seconds) Rounded(TimeSpan left)
    {
        var seconds = (long)Math.Ceiling(Math.Max(0, left.TotalSeconds));
        if (seconds < 60) return (0, 0, seconds);
        var minutes = (long)Math.Round(seconds / 60.0, MidpointRounding.AwayFromZero);
        return (minutes / 60, minutes % 60, 0);
    }

    private static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
