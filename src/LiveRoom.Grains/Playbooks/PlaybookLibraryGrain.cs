using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Playbooks;

/// <summary>Not reentrant: a save validates against the files as they are when it runs, and versions never interleave.</summary>
public sealed class PlaybookLibraryGrain(
    [PersistentState("playbooks", StorageNames.Default)] IPersistentState<PlaybookLibraryState> store,
    TimeProvider clock) : Grain, IPlaybookLibraryGrain
{
    private PlaybookLibraryState State => store.State;

    public async Task<long> Seed(Dictionary<string, string> files)
    {
        var same = files.Count == State.Files.Count && files.All(f => State.Files.TryGetValue(f.Key, out var text) && text == f.Value);
        if (!same)
        {
            State.Files = new Dictionary<string, string>(files, StringComparer.Ordinal);
            await Bump();
        }
        return State.Version;
    }

    public Task<long> GetVersion() => Task.FromResult(State.Version);

    public Task<PlaybookLibraryState> Get() => Task.FromResult(State);

    public async Task<IReadOnlyList<PlaybookError>> Save(string id, string text, string actor)
    {
        var library = new PlaybookLibrary(State);
        var (playbook, errors) = library.Validate(id, text);
        if (playbook is null) return errors;
        // Saving the file's own text is no edit: the playbook follows its file again.
        if (library.FileTextOf(id) == text)
        {
            if (State.Edits.Remove(id)) await Bump();
            return [];
        }
        State.Edits[id] = new PlaybookEdit { File = library.FileOf(id) ?? id + ".yaml", Text = text, By = actor, At = clock.GetUtcNow() };
        await Bump();
        return [];
    }

    public async Task<bool> RevertToFile(string id)
    {
        if (new PlaybookLibrary(State).FileTextOf(id) is null || !State.Edits.Remove(id)) return false;
        await Bump();
        return true;
    }

    private Task Bump()
    {
        State.Version++;
        return store.WriteStateAsync();
    }
}
