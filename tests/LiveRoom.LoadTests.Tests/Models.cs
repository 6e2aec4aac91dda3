using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Tests;

/// <summary>Scripts shared by the tests (generating one costs tens of milliseconds to a second).</summary>
public static class Models
{
    public static ModelOptions Options(int seed = 42, int groups = 60, string members = "fixed:200", string profile = "launch-day", int seconds = 300) =>
        new(groups, MemberCounts.Parse(members), RateProfile.Parse(profile), TimeSpan.FromSeconds(seconds), seed);

    private static readonly Lazy<LaunchScript> LargeScript = new(() => LaunchModel.Generate(Options(groups: 300)));
    private static readonly Lazy<LaunchScript> SmallScript = new(() => LaunchModel.Generate(Options(groups: 12, members: "lognormal:60", seconds: 60)));

    /// <summary>300 groups × 200 members over 5 minutes: enough members for rates to settle.</summary>
    public static LaunchScript Large => LargeScript.Value;

    public static LaunchScript Small => SmallScript.Value;
}
