using LiveRoom.Domain.Access;

namespace LiveRoom.Grains.Access;

/// <summary>
/// The dashboard's users (one grain, key 0: a few dozen users, read at login and on cookie
/// validation only). Every change is durable before it returns.
/// </summary>
[Alias("LiveRoom.IUserDirectoryGrain")]
public interface IUserDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("List")] Task<IReadOnlyList<StoredUser>> List();
    [Alias("Find")] Task<StoredUser?> Find(string name);
    /// <summary>Adds a user; false when the name is taken.</summary>
    [Alias("Create")] Task<bool> Create(StoredUser user);
    /// <summary>Adds the first admin only while no user exists at all: first-run setup happens once.</summary>
    [Alias("CreateFirst")] Task<bool> CreateFirst(StoredUser user);
    /// <summary>Adds those of <paramref name="users"/> whose names are not taken; returns how many were added.</summary>
    [Alias("SeedMissing")] Task<int> SeedMissing(IReadOnlyList<StoredUser> users);
    /// <summary>Applies a change; null when there is no such user.</summary>
    [Alias("Change")] Task<StoredUser?> Change(string name, UserChange change);
}
