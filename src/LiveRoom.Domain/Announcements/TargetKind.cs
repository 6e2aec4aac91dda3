using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Announcements;

public enum TargetKind
{
    All = 0,
    Tier = 1,
    Variant = 2,
    List = 3,
}
