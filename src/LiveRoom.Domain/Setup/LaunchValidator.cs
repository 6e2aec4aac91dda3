using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Setup;

/// <summary>Checks a launch definition; field names are the JSON names of the launch API.</summary>
public static class LaunchValidator
{
    public const int MaxSkus = 200;

    public static ValidationErrors Validate(LaunchDefinition d)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(d.Name)) errors.Add("name", "is required");
        else if (d.Name.Length > 200) errors.Add("name", "must be at most 200 characters");
        if (!Ids.IsValid(d.Id)) errors.Add("id", Ids.Rule);
        if (!TimeZones.IsKnown(d.TimeZone)) errors.Add("timeZone", $"unknown time zone '{d.TimeZone}'; use an IANA name such as {TimeZones.Default}");
        if (d.EndsAt <= d.StartsAt) errors.Add("endsAt", "must be after startsAt");
        if (d.WarmupLead < d.CountdownLead) errors.Add("warmupLeadMinutes", "must not be shorter than countdownLeadMinutes");
        if (d.CountdownLead < TimeSpan.Zero) errors.Add("countdownLeadMinutes", "must not be negative");
        if (d.ClosingLead < TimeSpan.Zero) errors.Add("closingLeadMinutes", "must not be negative");
        if (d.Targets.Orders < 0) errors.Add("targets.orders", "must not be negative");
        if (d.Targets.Gmv < 0) errors.Add("targets.gmv", "must not be negative");
        if (d.SaleLink is { } link && (link.Length > 2_000 || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
            errors.Add("saleLink", "must be an absolute http(s) URL of at most 2,000 characters");
        if (d.Skus.Count == 0) errors.Add("skus", "at least one SKU is required");
        if (d.Skus.Count > MaxSkus) errors.Add("skus", $"at most {MaxSkus} SKUs");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Skus.Count; i++)
        {
            var s = d.Skus[i];
            var at = $"skus[{i}]";
            if (!Ids.IsValid(s.Id)) errors.Add($"{at}.id", Ids.Rule);
            else if (!seen.Add(s.Id)) errors.Add($"{at}.id", $"duplicate SKU id '{s.Id}'");
            if (string.IsNullOrWhiteSpace(s.Name)) errors.Add($"{at}.name", "is required");
            if (s.Price <= 0) errors.Add($"{at}.price", "must be greater than 0");
            if (s.AnchorPrice < 0) errors.Add($"{at}.anchorPrice", "must not be negative");
            if (s.InitialStock < 0) errors.Add($"{at}.initialStock", "must not be negative");
            if (s.LowStockThreshold < 0) errors.Add($"{at}.lowStockThreshold", "must not be negative");
        }
        return errors;
    }
}
