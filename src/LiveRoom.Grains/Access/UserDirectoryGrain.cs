using LiveRoom.Domain.Access;
using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Access;

/// <summary>Users with their roles and password hashes; not reentrant, so "only if none exist" checks are atomic.</summary>
public sealed class UserDirectoryGrain(
    [PersistentState("users", StorageNames.Default)] IPersistentState<UserDirectoryState> store) : Grain, IUserDirectoryGrain
{
    private Dictionary<string, StoredUser> Users => store.State.Users;

    public Task<IReadOnlyList<StoredUser>> List() =>
        Task.FromResult<IReadOnlyList<StoredUser>>(Users.Values.OrderBy(u => u.Name, StringComparer.Ordinal).ToList());

    public Task<StoredUser?> Find(string name) => Task.FromResult(Users.GetValueOrDefault(name));

    public async Task<bool> Create(StoredUser user)
    {
        if (Users.ContainsKey(user.Name)) return false;
        Users[user.Name] = user;
        await store.WriteStateAsync();
        return true;
    }

    public Task<bool> CreateFirst(StoredUser user) => Users.Count > 0 ? Task.FromResult(false) : Create(user);

    public async Task<int> SeedMissing(IReadOnlyList<StoredUser> users)
    {
        var added = 0;
        foreach (var user in users)
        {
            if (!Users.TryAdd(user.Name, user)) continue;
            added++;
        }
        if (added > 0) await store.WriteStateAsync();
        return added;
    }

    public async Task<StoredUser?> Change(string name, UserChange change)
    {
        if (!Users.TryGetValue(name, out var user)) return null;
        var changed = user with
        {
            Role = change.Role ?? user.Role,
            PasswordHash = change.PasswordHash ?? user.PasswordHash,
            Disabled = change.Disabled ?? user.Disabled,
            Version = user.Version + 1,
        };
        Users[name] = changed;
        await store.WriteStateAsync();
        return changed;
    }
}
