using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Web.Launches;

/// <summary>The launch as the HTTP API reads and writes it; lead times in minutes.</summary>
public sealed record LaunchDto
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public DateTimeOffset? StartsAt { get; init; }
    public string? TimeZone { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
    public double? WarmupLeadMinutes { get; init; }
    public double? CountdownLeadMinutes { get; init; }
    public double? ClosingLeadMinutes { get; init; }
    public List<Sku>? Skus { get; init; }
    public LaunchTargets? Targets { get; init; }
    public LaunchPhase? PhaseOverride { get; init; }
    public string? SaleLink { get; init; }

    public static LaunchDto From(LaunchDefinition d) => new()
    {
        Id = d.Id,
        Name = d.Name,
        StartsAt = d.StartsAt,
        TimeZone = d.TimeZone,
        EndsAt = d.EndsAt,
        WarmupLeadMinutes = d.WarmupLead.TotalMinutes,
        CountdownLeadMinutes = d.CountdownLead.TotalMinutes,
        ClosingLeadMinutes = d.ClosingLead.TotalMinutes,
        Skus = [.. d.Skus],
        Targets = d.Targets,
        PhaseOverride = d.PhaseOverride,
        SaleLink = d.SaleLink,
    };

    /// <summary>Builds and validates a definition; <paramref name="id"/> wins over the body's id.</summary>
    public (LaunchDefinition? Definition, ValidationErrors Errors) ToDefinition(string id, LaunchDefinition? existing)
    {
        var errors = new ValidationErrors();
        if (StartsAt is null) errors.Add("startsAt", "is required");
        if (EndsAt is null) errors.Add("endsAt", "is required");
        if (Skus is null) errors.Add("skus", "is required");
        if (!errors.IsValid) return (null, errors);
        var defaults = new LaunchDefinition { Id = id, Name = "", StartsAt = default, EndsAt = default, TimeZone = "" };
        var d = new LaunchDefinition
        {
            Id = id,
            Name = Name?.Trim() ?? "",
            StartsAt = StartsAt!.Value,
            TimeZone = TimeZone ?? TimeZones.Default,
            EndsAt = EndsAt!.Value,
            WarmupLead = Minutes(WarmupLeadMinutes) ?? existing?.WarmupLead ?? defaults.WarmupLead,
            CountdownLead = Minutes(CountdownLeadMinutes) ?? existing?.CountdownLead ?? defaults.CountdownLead,
            ClosingLead = Minutes(ClosingLeadMinutes) ?? existing?.ClosingLead ?? defaults.ClosingLead,
            Skus = Skus!.Where(s => s is not null).ToList(),
            Targets = Targets ?? new LaunchTargets(0, 0),
            PhaseOverride = PhaseOverride,
            SaleLink = string.IsNullOrWhiteSpace(SaleLink) ? existing?.SaleLink : SaleLink.Trim(),
        };
        errors = LaunchValidator.Validate(d);
        if (Skus!.Any(s => s is null)) errors.Add("skus", "must not contain null");
        return errors.IsValid ? (d, errors) : (null, errors);
    }

    private static TimeSpan? Minutes(double? minutes) => minutes is { } m ? TimeSpan.FromMinutes(m) : null;
}
