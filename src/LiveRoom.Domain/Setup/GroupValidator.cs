using LiveRoom.Domain.Shared;
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
        if (!Ids.IsValid(g.Id)) errors.Add(at + "id", Ids.Rule, ServerText.Of(ValidationCodes.Id));
        if (string.IsNullOrWhiteSpace(g.Name)) errors.Required(at + "name");
        else if (g.Name.Length > MaxNameLength) errors.MaxLength(at + "name", MaxNameLength);
        if (!Enum.IsDefined(g.Tier)) errors.Add(at + "tier", "must be Pond, Transit or Core", ServerText.Of(ValidationCodes.OneOf, ("values", Enum.GetNames<GroupTier>())));
        if (!Enum.IsDefined(g.ConversionMode)) errors.Add(at + "conversionMode", "must be ChainSignup, GroupBuy or Discount", ServerText.Of(ValidationCodes.OneOf, ("values", Enum.GetNames<ConversionMode>())));
        if (g.MemberCount is < 0 or > 100_000) errors.Add(at + "memberCount", "must be between 0 and 100000", ServerText.Of(ValidationCodes.Between, ("min", 0), ("max", 100_000)));
        if (g.Assistants.Count > MaxPeople) errors.Add(at + "assistants", $"at most {MaxPeople}", ServerText.Of(ValidationCodes.AtMost, ("max", MaxPeople)));
        if (g.SeededMembers.Count > MaxPeople) errors.Add(at + "seededMembers", $"at most {MaxPeople}", ServerText.Of(ValidationCodes.AtMost, ("max", MaxPeople)));
        if (g.Assistants.Any(string.IsNullOrWhiteSpace)) errors.Add(at + "assistants", "names must not be empty", ServerText.Of(ValidationCodes.NoEmptyNames));
        if (g.SeededMembers.Any(string.IsNullOrWhiteSpace)) errors.Add(at + "seededMembers", "names must not be empty", ServerText.Of(ValidationCodes.NoEmptyNames));
        if (g.Variant is { Length: > 32 }) errors.MaxLength(at + "variant", 32);
        if (!Enum.IsDefined(g.Kind)) errors.Add(at + "kind", "must be Unspecified, WeComInternal, WeComCustomer or WeChatPersonal", ServerText.Of(ValidationCodes.OneOf, ("values", Enum.GetNames<GroupKind>())));
        if (g.Channel is { } channel)
        {
            Announcements.ChannelValidator.Validate(channel, at + "channel", errors);
            if (Announcements.ChannelReach.Refusal(channel.Kind, g.Kind) is { } refusal)
                errors.Add(at + "channel.kind", $"a {channel.Kind} channel cannot reach a {g.Kind} group (docs/delivery.md)", ServerText.Of(refusal, ("kind", g.Kind.ToString())));
        }
    }
}
