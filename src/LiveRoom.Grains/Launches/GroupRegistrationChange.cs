using LiveRoom.Domain.Groups;

namespace LiveRoom.Grains.Launches;

/// <summary>
/// Whether a re-registration changes what a running group grain reads from its registration: its
/// name (cue texts), member count (row stats), owner, assistants and seeded members (cue targets,
/// chat roles, the early-join warning). Tier, variant or channel changes need no notice.
/// </summary>
public static class GroupRegistrationChange
{
    public static bool MattersToTheGroup(GroupRegistration before, GroupRegistration after) =>
        before.Name != after.Name
        || before.MemberCount != after.MemberCount
        || before.Owner != after.Owner
        || !before.Assistants.SequenceEqual(after.Assistants, StringComparer.Ordinal)
        || !before.SeededMembers.SequenceEqual(after.SeededMembers, StringComparer.Ordinal);
}
