using System.Globalization;

namespace LiveRoom.Grains.Shared;

/// <summary>A timeline page grain's key, "{launchId}/{page}"; built and read only here.</summary>
public readonly record struct TimelinePageKey(string LaunchId, long Page)
{
    public static string Of(string launchId, long page) => new TimelinePageKey(launchId, page).ToString();

    /// <summary>The page number is the last segment.</summary>
    public static TimelinePageKey Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !long.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            throw new FormatException($"'{key}' is not a timeline page key (launch/page)");
        return new(key[..slash], page);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{LaunchId}/{Page}");
}
