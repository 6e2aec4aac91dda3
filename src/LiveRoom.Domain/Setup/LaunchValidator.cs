using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Setup;

/// <summary>Checks a launch definition; field names are the JSON names of the launch API.</summary>
public static class LaunchValidator
{
    public const int MaxSkus = 200;

    public static ValidationErrors Validate(LaunchDefinition d)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(d.Name)) errors.Required("name");
        else if (d.Name.Length > 200) errors.MaxLength("name", 200);
        if (!Ids.IsValid(d.Id)) errors.Add("id", Ids.Rule, ServerText.Of(ValidationCodes.Id));
        if (!TimeZones.IsKnown(d.TimeZone)) errors.Add("timeZone", $"unknown time zone '{d.TimeZone}'; use an IANA name such as {TimeZones.Default}", ServerText.Of(ValidationCodes.TimeZone, ("value", d.TimeZone), ("example", TimeZones.Default)));
        if (d.EndsAt <= d.StartsAt) errors.Add("endsAt", "must be after startsAt", ServerText.Of(ValidationCodes.After, ("other", "startsAt")));
        if (d.WarmupLead < d.CountdownLead) errors.Add("warmupLeadMinutes", "must not be shorter than countdownLeadMinutes", ServerText.Of(ValidationCodes.NotShorter, ("other", "countdownLeadMinutes")));
        if (d.CountdownLead < TimeSpan.Zero) errors.NotNegative("countdownLeadMinutes");
        if (d.ClosingLead < TimeSpan.Zero) errors.NotNegative("closingLeadMinutes");
        if (d.Targets.Orders < 0) errors.NotNegative("targets.orders");
        if (d.Targets.Gmv < 0) errors.NotNegative("targets.gmv");
        if (d.SaleLink is { } link && (link.Length > 2_000 || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
            errors.Add("saleLink", "must be an absolute http(s) URL of at most 2,000 characters", ServerText.Of(ValidationCodes.Url, ("max", 2_000)));
        if (d.Skus.Count == 0) errors.Add("skus", "at least one SKU is required", ServerText.Of(ValidationCodes.SkuRequired));
        if (d.Skus.Count > MaxSkus) errors.Add("skus", $"at most {MaxSkus} SKUs", ServerText.Of(ValidationCodes.TooManySkus, ("max", MaxSkus)));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Skus.Count; i++)
        {
            var s = d.Skus[i];
            var at = $"skus[{i}]";
            if (!Ids.IsValid(s.Id)) errors.Add($"{at}.id", Ids.Rule, ServerText.Of(ValidationCodes.Id));
            else if (!seen.Add(s.Id)) errors.Add($"{at}.id", $"duplicate SKU id '{s.Id}'", ServerText.Of(ValidationCodes.DuplicateSku, ("id", s.Id)));
            if (string.IsNullOrWhiteSpace(s.Name)) errors.Required($"{at}.name");
            if (s.Price <= 0) errors.Add($"{at}.price", "must be greater than 0", ServerText.Of(ValidationCodes.Positive));
            if (s.AnchorPrice < 0) errors.NotNegative($"{at}.anchorPrice");
            if (s.InitialStock < 0) errors.NotNegative($"{at}.initialStock");
            if (s.LowStockThreshold < 0) errors.NotNegative($"{at}.lowStockThreshold");
        }
        return errors;
    }
}
