namespace LiveRoom.Grains.Playbooks;

/// <summary>A suggestion card: its key (playbook + subject, as the board dismisses it), what it says, the groups it is for.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.SuggestionShown.v1")]
public sealed record SuggestionShown(
    [property: Id(0)] string Key,
    [property: Id(1)] string PlaybookId,
    [property: Id(2)] string Summary,
    [property: Id(3)] IReadOnlyList<string> GroupIds,
    [property: Id(4)] IReadOnlyDictionary<string, string>? Args = null);
