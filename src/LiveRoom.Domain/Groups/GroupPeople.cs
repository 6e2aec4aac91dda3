using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Groups;

/// <summary>
/// A group's own people, read from its registration: the owner, the assistants and the seeded
/// members (水军). The one place that knows who they are and which role each has, for chat roles,
/// cue targets, member links and the group page.
/// </summary>
public sealed class GroupPeople
{
    public static readonly GroupPeople None = new(null);

    private readonly GroupRegistration? _group;

    private GroupPeople(GroupRegistration? group)
    {
        _group = group;
        Seeded = group?.SeededMembers.Where(m => !string.IsNullOrWhiteSpace(m)).ToList() ?? [];
        Assistant = group?.Assistants.FirstOrDefault();
        Owner = group?.Owner;
    }

    public static GroupPeople Of(GroupRegistration? group) => group is null ? None : new(group);

    /// <summary>Seeded members in registration order (cues rotate through them); blank names left out.</summary>
    public IReadOnlyList<string> Seeded { get; }

    /// <summary>The assistant cues address first: the first one registered.</summary>
    public string? Assistant { get; }

    public string? Owner { get; }

    /// <summary>
    /// A sender's role. A name registered twice counts as seeded before assistant before owner: a
    /// seeded member's chat is read as staff chat either way, and the seeded role is the one that
    /// matters for the spike baseline and the early-join warning.
    /// </summary>
    public ChatRole RoleOf(string memberId)
    {
        if (_group is not { } g) return ChatRole.Member;
        if (g.SeededMembers.Contains(memberId)) return ChatRole.SeededMember;
        if (g.Assistants.Contains(memberId)) return ChatRole.Assistant;
        return g.Owner == memberId ? ChatRole.Owner : ChatRole.Member;
    }

    /// <summary>Owner, assistants and seeded members, each once (the first role listed wins), in that order.</summary>
    public IReadOnlyList<(string Id, ChatRole Role)> Everyone()
    {
        if (_group is not { } g) return [];
        var people = new List<(string, ChatRole)>();
        if (!string.IsNullOrEmpty(g.Owner)) people.Add((g.Owner, ChatRole.Owner));
        people.AddRange(g.Assistants.Select(a => (a, ChatRole.Assistant)));
        people.AddRange(g.SeededMembers.Select(s => (s, ChatRole.SeededMember)));
        return people.DistinctBy(p => p.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>Everyone of the launch's groups who can be given a member link, sorted, each once.</summary>
    public static IReadOnlyList<string> LinkableOf(IEnumerable<GroupRegistration> groups) => groups
        .SelectMany(g => g.SeededMembers.Concat(g.Assistants).Append(g.Owner ?? ""))
        .Where(p => !string.IsNullOrWhiteSpace(p))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();
}
