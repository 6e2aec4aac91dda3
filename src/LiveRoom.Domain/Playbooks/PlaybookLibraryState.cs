namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// What the cluster knows of the library: the files of the last node that seeded it, the admins'
/// edits by playbook id, and a version that changes with either. Texts, not definitions, are kept,
/// so a reader that grew stricter re-validates everything at the next load.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.PlaybookLibraryState.v1")]
public sealed class PlaybookLibraryState
{
    [Id(0)] public long Version { get; set; }
    /// <summary>File name → text.</summary>
    [Id(1)] public Dictionary<string, string> Files { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Playbook id → edit.</summary>
    [Id(2)] public Dictionary<string, PlaybookEdit> Edits { get; set; } = new(StringComparer.Ordinal);
}
