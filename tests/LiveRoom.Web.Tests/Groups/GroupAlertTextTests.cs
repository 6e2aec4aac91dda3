using System.Globalization;
using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Tests.Groups;

/// <summary>Every alert a group or the board records reads as a sentence in both languages, not as a code.</summary>
public sealed class GroupAlertTextTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly Ui _ui = new();

    private static List<TimelineEntry> BoardEntries()
    {
        var alerts = new BoardAlerts([]);
        var entries = new List<TimelineEntry>();
        void Tick(SkuInventory sku, HashSet<string> silent, Dictionary<string, string?> groups)
        {
            entries.AddRange(alerts.Changes([sku], silent, groups, id => "群" + id, Now, out var next));
            alerts.Commit(next);
        }
        var all = AlertCodes.GroupAlerts.Select((code, i) => ($"g{i}", (string?)code)).ToDictionary(p => p.Item1, p => p.Item2);
        Tick(Sku(100, 95), ["s1", "s2"], all);
        Tick(Sku(100, 100), [], []);
        Tick(Sku(100, 103), [], []);
        Tick(Sku(200, 103), [], []);
        return entries;
    }

    private static SkuInventory Sku(int stock, int sold) => new()
    {
        SkuId = "cup", Name = "保温杯", Stock = stock, Sold = sold, Remaining = Math.Max(0, stock - sold),
        SoldOut = sold >= stock, Oversold = sold > stock, Low = stock - sold > 0 && stock - sold <= 10,
    };

    private static TimelineEntry Spike() => SpikeAlert.Entry("g1", "一群", new NegativeSpike(Now, 5, TimeSpan.FromMinutes(2), 0.5, [new ChatQuote("m1", "路人", "骗子", Now)]));

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Board_and_spike_alerts_render_in_the_readers_language(string culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var entries = BoardEntries().Append(Spike()).ToList();
            Assert.Equal(15, entries.Select(e => e.Action).Distinct().Count());
            foreach (var e in entries)
            {
                Assert.True(Ui.HasText(e.Action), e.Action);
                var text = _ui.Render(e);
                Assert.DoesNotContain("{", text);
                Assert.DoesNotContain(e.Action, text);
            }
            foreach (var code in AlertCodes.GroupAlerts) Assert.NotEqual(code, _ui.Alert(code));
            Assert.Contains(culture == "en" ? "quiet for 5 min" : "5 分钟无动静", _ui.Render(entries.Single(e => e.Action == "group.silent")));
            Assert.Contains("骗子", _ui.Render(entries.Last()));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
