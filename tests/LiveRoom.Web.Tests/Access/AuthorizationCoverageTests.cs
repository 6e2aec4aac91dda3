using System.Net;
using LiveRoom.Web.Access;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Web.Tests.Access;

/// <summary>Walks every endpoint of the running app (API, pages, hubs, framework) for its authorization.</summary>
[Collection(AppCollection.Name)]
public sealed class AuthorizationCoverageTests(LiveRoomAppFactory app)
{
    private static readonly string[] Mutating = ["POST", "PUT", "DELETE", "PATCH"];

    private IReadOnlyList<RouteEndpoint> Endpoints()
    {
        _ = app.Server;
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    private static bool RequiresAuthorization(Endpoint e) =>
        e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

    [Fact]
    public void Every_endpoint_requires_authorization_or_is_on_the_documented_allowlist()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count > 50, $"only {endpoints.Count} endpoints found: is the data source the app's?");
        var offenders = endpoints
            .Where(e => !RequiresAuthorization(e) && !AnonymousEndpoints.IsStaticAsset(e))
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName ?? "?")
            .Where(route => !AnonymousEndpoints.Routes.ContainsKey(route))
            .Distinct()
            .ToList();
        Assert.True(offenders.Count == 0, "Endpoints with neither an authorization requirement nor an allowlist entry: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_allowlist_names_only_endpoints_that_exist()
    {
        var routes = Endpoints().Select(e => e.RoutePattern.RawText).ToHashSet(StringComparer.Ordinal);
        var stale = AnonymousEndpoints.Routes.Keys.Where(r => !routes.Contains(r)).ToList();
        Assert.True(stale.Count == 0, "Allowlisted routes that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_page_but_login_setup_not_found_and_the_member_and_posting_pages_needs_a_login()
    {
        var pages = Endpoints().Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null).ToList();
        Assert.Contains(pages, p => p.RoutePattern.RawText == "/admin/users");
        var open = pages.Where(p => !RequiresAuthorization(p)).Select(p => p.RoutePattern.RawText).Order().ToList();
        Assert.Equal(["/login", "/m/{Token}", "/not-found", "/p/{Token}", "/setup"], open);
    }

    /// <summary>POSTs that only compute an answer (a body too big for a query string) and change nothing: open to every role.</summary>
    private static readonly HashSet<string> ReadOnlyPosts = new(StringComparer.Ordinal)
    {
        "/api/launches/{launchId}/playbooks/{playbookId}/preview",
        "/api/launches/{launchId}/announcements/preview",
    };

    [Fact]
    public async Task A_viewer_gets_403_from_every_mutating_api_endpoint()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var viewer = await app.LoggedInClientAsync(LiveRoomAppFactory.ViewerUser);
        var mutating = Endpoints()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && RequiresAuthorization(e))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Intersect(Mutating).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .Where(e => !ReadOnlyPosts.Contains(e.Route))
            .ToList();
        Assert.True(mutating.Count >= 9, $"only {mutating.Count} mutating endpoints found");
        Assert.All(ReadOnlyPosts, r => Assert.Contains(r, Endpoints().Select(e => e.RoutePattern.RawText)));

        foreach (var (method, route) in mutating)
        {
            var path = route.Replace("{launchId}", launch.Id).Replace("{groupId}", "g1").Replace("{name}", LiveRoomAppFactory.User)
                .Replace("{playbookId}", "sku-sold-out").Replace("{incidentId}", "i1").Replace("{step:int}", "0").Replace("{entryId}", "e1").Replace("{person}", "p1").Replace("{sourceId}", "src-none");
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
            var response = await viewer.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {route}: {(int)response.StatusCode}");
        }
        // Nothing changed: the viewer's refusals left the launch as it was.
        Assert.Equal(3, (await launch.SnapshotAsync()).GetProperty("launch").GetProperty("groupCount").GetInt32());
    }

    [Fact]
    public async Task An_operator_may_change_launches_but_not_users()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var op = launch.Api;
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/launches/{launch.Id}/keys/rotate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PutAsync($"/api/users/{LiveRoomAppFactory.ViewerUser}", new StringContent("{\"role\":\"Admin\"}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }
}
