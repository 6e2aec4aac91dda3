using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Setup;

public static class GroupValidator
{
    public const int MaxNameLength = 200;
    public const int MaxPeople = 50;

    /// <summary>Adds the problems of one group under <paramref name="prefix"/> (e.g. "groups[3]").</summary>
    public static void Validate(GroupRegistration g, string prefix, ValidationErrors errors)
    {
        var at = prefix.Length == 0 ? "" : prefix + ".";
        if (!Ids.IsValid(g.Id)) errors.Add(at + "id", Ids.Rule);
        if (string.IsNullOrWhiteSpace(g.Name)) errors.Add(at + "name", "is required");
        else if (g.Name.Length > MaxNameLength) errors.Add(at + "name", $"must be at most {MaxNameLength} characters");
        if (!Enum.IsDefined(g.Tier)) errors.Add(at + "tier", "must be Pond, Transit or Core");
        if (!Enum.IsDefined(g.ConversionMode)) errors.Add(at + "conversionMode", "must be ChainSignup, GroupBuy or Discount");
        if (g.MemberCount is < 0 or > 100_000) errors.Add(at + "memberCount", "must be between 0 and 100000");
        if (g.Assistants.Count > MaxPeople) errors.Add(at + "assistants", $"at most {MaxPeople}");
        if (g.SeededMembers.Count > MaxPeople) errors.Add(at + "seededMembers", $"at most {MaxPeople}");
        if (g.Assistants.Any(string.IsNullOrWhiteSpace)) errors.Add(at + "assistants", "names must not be empty");
        if (g.SeededMembers.Any(string.IsNullOrWhiteSpace)) errors.Add(at + "seededMembers", "names must not be empty");
        if (g.Variant is { Length: > 32 }) errors.Add(at + "variant", "must be at most 32 characters");
        if (g.Channel is { } channel) Announcements.ChannelValidator.Validate(channel, at + "channel", errors);
    }
}
