using LiveRoom.Domain.Access;
using LiveRoom.Grains.Access;
using LiveRoom.Grains.Tests.Cluster;

namespace LiveRoom.Grains.Tests.Access;

public class UserDirectoryGrainTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private static StoredUser User(string name, string role = "Admin") => new() { Name = name, Role = role, PasswordHash = "hash-of-" + name };

    [Fact]
    public async Task Only_one_of_many_concurrent_first_admins_is_created_and_later_changes_bump_the_version()
    {
        // The only test on the directory (key 0) in this cluster, so it starts empty.
        var users = Client.GetGrain<IUserDirectoryGrain>(0);
        Assert.Empty(await users.List());

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => users.CreateFirst(User($"admin{i}"))));

        Assert.Single(results, r => r);
        var first = Assert.Single(await users.List());
        Assert.False(await users.CreateFirst(User("late")));
        Assert.False(await users.Create(User(first.Name)));
        Assert.Equal(1, await users.SeedMissing([User(first.Name), User("seeded", "Viewer")]));

        var changed = await users.Change("seeded", new UserChange { Disabled = true });
        Assert.Equal((true, "Viewer", 1), (changed!.Disabled, changed.Role, changed.Version));
        Assert.Null(await users.Change("nobody", new UserChange { Role = "Admin" }));
    }
}
