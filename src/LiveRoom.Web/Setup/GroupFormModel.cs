using LiveRoom.Domain.Groups;

namespace LiveRoom.Web.Setup;

/// <summary>The single-group form; people lists are typed '|'-separated, as in the CSV import.</summary>
public sealed class GroupFormModel
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public GroupTier Tier { get; set; } = GroupTier.Pond;
    public string? Owner { get; set; }
    public string? Assistants { get; set; }
    public string? SeededMembers { get; set; }
    public int MemberCount { get; set; }
    public ConversionMode ConversionMode { get; set; } = ConversionMode.ChainSignup;
    public string? Variant { get; set; }
    public GroupKind Kind { get; set; }

    public GroupRegistration ToRegistration() => new()
    {
        Id = Id.Trim(),
        Name = Name.Trim(),
        Tier = Tier,
        Owner = string.IsNullOrWhiteSpace(Owner) ? null : Owner.Trim(),
        Assistants = Split(Assistants),
        SeededMembers = Split(SeededMembers),
        MemberCount = MemberCount,
        ConversionMode = ConversionMode,
        Variant = string.IsNullOrWhiteSpace(Variant) ? null : Variant.Trim(),
        Kind = Kind,
    };

    private static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
