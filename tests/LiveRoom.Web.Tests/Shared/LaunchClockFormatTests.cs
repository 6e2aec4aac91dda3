using System.Globalization;
using System.Text;
using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Shared;
using LiveRoom.Web.Timeline;

namespace LiveRoom.Web.Tests.Shared;

/// <summary>A launch's times read in the launch's own zone, whatever the server's or the browser's zone.</summary>
public sealed class LaunchClockFormatTests
{
    private const string NewYork = "America/New_York";

    // 01:00 UTC on 8 December is 20:00 the evening before in New York (EST, UTC-5).
    private static readonly DateTimeOffset WinterT0 = new(2026, 12, 8, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_york_launch_shows_its_times_in_new_york_time()
    {
        Assert.Equal("2026-12-07 20:00:00", Fmt.InZone(WinterT0, NewYork));
        Assert.Equal("20:00:00", Fmt.TimeInZone(WinterT0, NewYork));
        Assert.Equal("12-07 20:00:00", Fmt.DayTimeInZone(WinterT0, NewYork));
    }

    [Fact]
    public void Daylight_saving_follows_the_launch_zone_not_a_fixed_offset()
    {
        // 00:30 UTC on 1 July is 20:30 in New York (EDT, UTC-4) and 08:30 in Shanghai.
        var summer = new DateTimeOffset(2026, 7, 1, 0, 30, 0, TimeSpan.Zero);
        Assert.Equal("20:30:00", Fmt.TimeInZone(summer, NewYork));
        Assert.Equal("08:30:00", Fmt.TimeInZone(summer, "Asia/Shanghai"));
    }

    [Fact]
    public void The_offset_of_the_given_instant_does_not_matter()
    {
        var sameInstantInTokyo = WinterT0.ToOffset(TimeSpan.FromHours(9));
        Assert.Equal("2026-12-07 20:00:00", Fmt.InZone(sameInstantInTokyo, NewYork));
    }

    [Fact]
    public void Times_of_no_launch_are_utc_and_an_unknown_zone_falls_back_to_utc()
    {
        Assert.Equal("2026-12-08 01:00:00", Fmt.Utc(WinterT0.ToOffset(TimeSpan.FromHours(8))));
        Assert.Equal("01:00:00", Fmt.TimeInZone(WinterT0, "Mars/Olympus_Mons"));
    }

    [Fact]
    public void The_timeline_csv_writes_at_in_the_launch_zone_with_its_offset()
    {
        var csv = CsvOf(NewYork, new TimelineEntry { Sequence = 0, At = WinterT0, Kind = TimelineKind.OperatorAction, Actor = "ops", Action = "launch.saved", Summary = "x" });
        var row = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.StartsWith("0,2026-12-07T20:00:00.0000000-05:00,", row);
        Assert.Equal(WinterT0, DateTimeOffset.Parse(row.Split(',')[1], CultureInfo.InvariantCulture));
    }

    private static string CsvOf(string zone, params TimelineEntry[] entries)
    {
        using var body = new MemoryStream();
        TimelineExport.WriteCsvAsync(body, Entries(entries), CancellationToken.None, zone).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(body.ToArray()).TrimStart('\uFEFF');
    }

    private static async IAsyncEnumerable<TimelineEntry> Entries(params TimelineEntry[] entries)
    {
        foreach (var e in entries)
        {
            await Task.Yield();
            yield return e;
        }
    }
}
