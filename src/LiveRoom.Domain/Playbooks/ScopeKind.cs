using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Playbooks;

public enum ScopeKind
{
    Group,
    Groups,
    Tier,
    Launch,
}
