using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// An ad-hoc cue from an operator ("send cue" on the group page) or a playbook step: a kind and a
/// script template to the seeded members of the given groups. The same <see cref="IdempotencyKey"/>
/// means the same issue, not a second one.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ManualCueRequest.v1")]
public sealed record ManualCueRequest
{
    public const int MaxGroups = 10_000;

    [Id(0)] public CueKind Kind { get; init; }
    /// <summary>A <see cref="ScriptTemplate"/> source; {group}, {sku}, {remaining} are filled per group.</summary>
    [Id(1)] public required string Script { get; init; }
    [Id(2)] public IReadOnlyList<string> GroupIds { get; init; } = [];
    [Id(3)] public required string Actor { get; init; }
    [Id(4)] public required string IdempotencyKey { get; init; }
    /// <summary>Shown on the cue board and the member page; defaults to "operator's cue".</summary>
    [Id(5)] public string? Reason { get; init; }
    /// <summary>Scripts already rendered per group id (a playbook sends exactly what its preview showed); others get <see cref="Script"/>.</summary>
    [Id(6)] public IReadOnlyDictionary<string, string>? GroupScripts { get; init; }

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(Kind)) errors.Add("kind", $"must be one of {string.Join(", ", Enum.GetNames<CueKind>())}", ServerText.Of(ValidationCodes.OneOf, ("values", Enum.GetNames<CueKind>())));
        if (ScriptTemplate.TryParse(Script, out var error) is null) errors.Add("script", error!);
        if (GroupIds.Count == 0) errors.Add("groupIds", "must name at least one group", ServerText.Of(ValidationCodes.GroupsRequired));
        else if (GroupIds.Count > MaxGroups) errors.Add("groupIds", $"must name at most {MaxGroups} groups", ServerText.Of(ValidationCodes.TooManyGroups, ("max", MaxGroups)));
        if (string.IsNullOrWhiteSpace(Actor)) errors.Required("actor");
        if (string.IsNullOrWhiteSpace(IdempotencyKey) || IdempotencyKey.Length > 200) errors.Add("idempotencyKey", "is required (at most 200 characters)");
        if (Reason is { Length: > 500 }) errors.MaxLength("reason", 500);
        return errors;
    }
}
