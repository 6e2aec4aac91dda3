using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// The cluster's playbook library (one grain per service, key <see cref="Key"/>): the shipped files
/// as the web nodes seed them, plus the admins' edits, durable before a call returns. Nodes keep a
/// copy and re-read it when <see cref="GetVersion"/> moves (docs/playbooks.md).
/// </summary>
[Alias("LiveRoom.IPlaybookLibraryGrain")]
public interface IPlaybookLibraryGrain : IGrainWithStringKey
{
    public const string Key = "library";

    /// <summary>Replaces the files with a node's folder; edits stay. Returns the version.</summary>
    [Alias("Seed")] Task<long> Seed(Dictionary<string, string> files);

    [Alias("GetVersion")] Task<long> GetVersion();

    [Alias("Get")] Task<PlaybookLibraryState> Get();

    /// <summary>Validates and stores an admin's text for playbook <paramref name="id"/>; with errors, nothing changes.</summary>
    [Alias("Save")] Task<IReadOnlyList<PlaybookError>> Save(string id, string text, string actor);

    /// <summary>Drops the edit of <paramref name="id"/> so its file is used again; false when there is no edit or no file to go back to.</summary>
    [Alias("RevertToFile")] Task<bool> RevertToFile(string id);
}
