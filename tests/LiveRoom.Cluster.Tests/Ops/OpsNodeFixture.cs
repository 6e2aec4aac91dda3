using System.Net.Http.Json;
using System.Net;
using LiveRoom.Cluster.Tests.Infrastructure;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>
/// One embedded LiveRoom node (built LiveRoom.Web.dll, role All, no Redis) with an operator
/// (<see cref="LiveRoomNode.User"/>) and an admin, shared by the metrics and dashboard tests.
/// </summary>
public sealed class OpsNodeFixture : IAsyncLifetime
{
    public const string Admin = "ops-admin";
    public const string AdminPassword = "ops-admin-pass-1";

    public LiveRoomNode Node { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Node = await LiveRoomNode.StartAsync("ops-" + Guid.NewGuid().ToString("N")[..8], redis: null, settings: new Dictionary<string, string>
        {
            ["LiveRoom__Auth__Users__1__Name"] = Admin,
            ["LiveRoom__Auth__Users__1__Password"] = AdminPassword,
            ["LiveRoom__Auth__Users__1__Role"] = "Admin",
        });
        await Node.LoginAsync();
    }

    /// <summary>A client of its own (own cookies), not following redirects, optionally logged in.</summary>
    public async Task<HttpClient> ClientAsync(string? user = null, string? password = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Node.Address };
        if (user is not null)
        {
            var login = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password });
            Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        }
        return client;
    }

    public async Task DisposeAsync() => await Node.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class OpsNodeCollection : ICollectionFixture<OpsNodeFixture>
{
    public const string Name = "ops-node";
}
