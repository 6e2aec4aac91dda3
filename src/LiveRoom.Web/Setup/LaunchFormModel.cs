using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Setup;
using LiveRoom.Web.Launches;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Setup;

/// <summary>
/// What the launch forms bind to: times as wall-clock values in the launch's zone, lead times in
/// minutes. It converts to the API's <see cref="LaunchDto"/> so the dashboard and the HTTP API
/// validate and build definitions the same way.
/// </summary>
public sealed class LaunchFormModel
{
    public static readonly string[] CommonZones =
        [TimeZones.Default, "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "UTC"];

    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public string TimeZone { get; set; } = TimeZones.Default;
    public DateTime StartsLocal { get; set; }
    public DateTime EndsLocal { get; set; }
    public double WarmupMinutes { get; set; } = 24 * 60;
    public double CountdownMinutes { get; set; } = 10;
    public double ClosingMinutes { get; set; } = 15;
    public int TargetOrders { get; set; }
    public decimal TargetGmv { get; set; }
    public List<SkuFormModel> Skus { get; set; } = [];

    public static LaunchFormModel New(DateTimeOffset now)
    {
        var m = new LaunchFormModel();
        // Next whole hour tomorrow evening is a typical slot; the operator changes it anyway.
        var local = Fmt.ToZone(now, m.TimeZone).Date.AddDays(1).AddHours(20);
        m.StartsLocal = local;
        m.EndsLocal = local.AddHours(2);
        m.Skus.Add(new SkuFormModel { Id = "sku1" });
        return m;
    }

    public static LaunchFormModel From(LaunchDefinition d) => new()
    {
        Id = d.Id,
        Name = d.Name,
        TimeZone = d.TimeZone,
        StartsLocal = Fmt.ToZone(d.StartsAt, d.TimeZone),
        EndsLocal = Fmt.ToZone(d.EndsAt, d.TimeZone),
        WarmupMinutes = d.WarmupLead.TotalMinutes,
        CountdownMinutes = d.CountdownLead.TotalMinutes,
        ClosingMinutes = d.ClosingLead.TotalMinutes,
        TargetOrders = d.Targets.Orders,
        TargetGmv = d.Targets.Gmv,
        Skus = d.Skus.Select(SkuFormModel.From).ToList(),
    };

    public LaunchDto ToDto(LaunchPhase? phaseOverride) => new()
    {
        Id = string.IsNullOrWhiteSpace(Id) ? null : Id.Trim(),
        Name = Name,
        TimeZone = TimeZone,
        StartsAt = Fmt.FromZone(StartsLocal, TimeZone),
        EndsAt = Fmt.FromZone(EndsLocal, TimeZone),
        WarmupLeadMinutes = WarmupMinutes,
        CountdownLeadMinutes = CountdownMinutes,
        ClosingLeadMinutes = ClosingMinutes,
        Skus = Skus.Select(s => s.ToSku()).ToList(),
        Targets = new LaunchTargets(TargetOrders, TargetGmv),
        PhaseOverride = phaseOverride,
    };
}
