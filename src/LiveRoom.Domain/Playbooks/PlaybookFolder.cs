namespace LiveRoom.Domain.Playbooks;

/// <summary>The playbook files (*.yaml, *.yml, *.json) of a folder, by file name; a missing folder has none.</summary>
public static class PlaybookFolder
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static Dictionary<string, string> Read(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return files;
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase)))
            files[Path.GetFileName(path)] = File.ReadAllText(path);
        return files;
    }
}
