namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// The playbooks of a folder (*.yaml, *.yml, *.json). Loaded once; an invalid file is kept out of
/// the library and its errors are listed, so one typo never hides the other playbooks. Saving
/// validates first and writes only a valid file, then reloads it.
/// </summary>
public sealed class PlaybookLibrary
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];
    private readonly object _gate = new();
    private readonly string _folder;
    private Dictionary<string, (string File, PlaybookDefinition Playbook)> _byId = new(StringComparer.Ordinal);
    private List<PlaybookError> _errors = [];

    public PlaybookLibrary(string folder)
    {
        _folder = folder;
        Reload();
    }

    public string Folder => _folder;

    public IReadOnlyList<PlaybookError> Errors { get { lock (_gate) return _errors.ToList(); } }

    public IReadOnlyList<PlaybookDefinition> All { get { lock (_gate) return _byId.Values.Select(v => v.Playbook).OrderBy(p => p.Id, StringComparer.Ordinal).ToList(); } }

    public PlaybookDefinition? Get(string id) { lock (_gate) return _byId.TryGetValue(id, out var v) ? v.Playbook : null; }

    public string? FileOf(string id) { lock (_gate) return _byId.TryGetValue(id, out var v) ? v.File : null; }

    /// <summary>The file's text, for the editor.</summary>
    public string? SourceOf(string id) => FileOf(id) is { } file ? File.ReadAllText(Path.Combine(_folder, file)) : null;

    public void Reload()
    {
        var byId = new Dictionary<string, (string, PlaybookDefinition)>(StringComparer.Ordinal);
        var errors = new List<PlaybookError>();
        if (Directory.Exists(_folder))
        {
            foreach (var path in Directory.EnumerateFiles(_folder).Where(IsPlaybookFile).Order(StringComparer.Ordinal))
            {
                var file = Path.GetFileName(path);
                var (playbook, fileErrors) = PlaybookReader.Read(file, File.ReadAllText(path));
                errors.AddRange(fileErrors);
                if (playbook is null) continue;
                if (byId.TryGetValue(playbook.Id, out var other))
                    errors.Add(new PlaybookError(file, "id", $"'{playbook.Id}' is already defined in {other.Item1}"));
                else byId[playbook.Id] = (file, playbook);
            }
        }
        lock (_gate)
        {
            _byId = byId;
            _errors = errors;
        }
    }

    /// <summary>
    /// Validates <paramref name="text"/> and, when valid, writes it as the file of playbook
    /// <paramref name="id"/> (a new file "{id}.yaml" for a new playbook). The id inside must match.
    /// </summary>
    public IReadOnlyList<PlaybookError> Save(string id, string text)
    {
        var file = FileOf(id) ?? id + ".yaml";
        var (playbook, errors) = PlaybookReader.Read(file, text);
        if (playbook is null) return errors;
        if (playbook.Id != id) return [new PlaybookError(file, "id", $"must stay '{id}'; copy the file to make a new playbook")];
        lock (_gate)
        {
            Directory.CreateDirectory(_folder);
            File.WriteAllText(Path.Combine(_folder, file), text);
            _byId[id] = (file, playbook);
            _errors.RemoveAll(e => e.File == file);
        }
        return [];
    }

    private static bool IsPlaybookFile(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
