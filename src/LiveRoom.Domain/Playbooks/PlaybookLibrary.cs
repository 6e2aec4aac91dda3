namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// The playbooks as one version of <see cref="PlaybookLibraryState"/> defines them: every file is
/// read (an invalid file is kept out and its errors listed, so one typo never hides the other
/// playbooks), then each admin edit replaces the file's playbook of its id. An edit that no longer
/// validates is listed too and leaves the file's playbook in place. Immutable: a new version is a new library.
/// </summary>
public sealed class PlaybookLibrary
{
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly List<PlaybookError> _errors = [];

    public PlaybookLibrary(PlaybookLibraryState state)
    {
        Version = state.Version;
        foreach (var (file, text) in state.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var (playbook, errors) = PlaybookReader.Read(file, text);
            _errors.AddRange(errors);
            if (playbook is null) continue;
            if (_byId.TryGetValue(playbook.Id, out var other))
                _errors.Add(new PlaybookError(file, "id", $"'{playbook.Id}' is already defined in {other.File}"));
            else _byId[playbook.Id] = new Entry(file, text, playbook, null, text);
        }
        foreach (var (id, edit) in state.Edits.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var fileText = _byId.TryGetValue(id, out var fromFile) ? fromFile.FileText : null;
            var (playbook, errors) = Validate(id, edit.File, edit.Text);
            if (playbook is null) _errors.AddRange(errors);
            else _byId[id] = new Entry(edit.File, edit.Text, playbook, edit, fileText);
        }
    }

    /// <summary>The library of a folder alone, with no edits.</summary>
    public static PlaybookLibrary FromFolder(string folder) => new(new PlaybookLibraryState { Files = PlaybookFolder.Read(folder) });

    public long Version { get; }

    public IReadOnlyList<PlaybookError> Errors => _errors;

    public IReadOnlyList<PlaybookDefinition> All => _byId.Values.Select(v => v.Playbook).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    public PlaybookDefinition? Get(string id) => _byId.GetValueOrDefault(id)?.Playbook;

    public string? FileOf(string id) => _byId.GetValueOrDefault(id)?.File;

    /// <summary>The text in force, for the editor.</summary>
    public string? SourceOf(string id) => _byId.GetValueOrDefault(id)?.Text;

    /// <summary>The admin edit in force for <paramref name="id"/>, null when the file's text is used.</summary>
    public PlaybookEdit? EditOf(string id) => _byId.GetValueOrDefault(id)?.Edit;

    /// <summary>The file's text of <paramref name="id"/>, what "revert to file" brings back; null for a playbook made in the dashboard.</summary>
    public string? FileTextOf(string id) => _byId.GetValueOrDefault(id)?.FileText;

    /// <summary>
    /// Reads <paramref name="text"/> as the new definition of playbook <paramref name="id"/>: errors
    /// name the file (the playbook's, or "{id}.yaml" for a new one), line, path and reason, and the id
    /// inside must stay <paramref name="id"/>.
    /// </summary>
    public (PlaybookDefinition? Playbook, IReadOnlyList<PlaybookError> Errors) Validate(string id, string text) =>
        Validate(id, FileOf(id) ?? id + ".yaml", text);

    private static (PlaybookDefinition?, IReadOnlyList<PlaybookError>) Validate(string id, string file, string text)
    {
        var (playbook, errors) = PlaybookReader.Read(file, text);
        if (playbook is null) return (null, errors);
        return playbook.Id == id ? (playbook, []) : (null, [new PlaybookError(file, "id", $"must stay '{id}'; copy the file to make a new playbook")]);
    }

    private sealed record Entry(string File, string Text, PlaybookDefinition Playbook, PlaybookEdit? Edit, string? FileText);
}
