using System.Net;
using System.Reflection;
using LiveRoom.Web.Access;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Web.Tests.Access;

/// <summary>
/// Every routable Blazor page (a component with [Route], i.e. <c>@page</c>) found by reflection
/// must carry [Authorize] with the policy this table expects, or be on the anonymous list.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PageAuthorizationTests(LiveRoomAppFactory app)
{
    /// <summary>Pages anyone may open, and why.</summary>
    private static readonly Dictionary<string, string> Anonymous = new(StringComparer.Ordinal)
    {
        ["/login"] = "the login form",
        ["/setup"] = "first-run setup, guarded by the printed one-time token",
        ["/m/{Token}"] = "a seeded member's phone page, guarded by its revocable link token",
        ["/p/{Token}"] = "a group owner's or assistant's posting page, guarded by its revocable link token",
        ["/not-found"] = "the 404 page",
    };

    /// <summary>The policy each logged-in page needs; null: any logged-in user (Viewers read everything).</summary>
    private static readonly Dictionary<string, string?> Expected = new(StringComparer.Ordinal)
    {
        ["/"] = null,
        ["/denied"] = null,
        ["/launches/{LaunchId}"] = null,
        ["/launches/{LaunchId}/groups/{GroupId}"] = null,
        ["/launches/{LaunchId}/announcements"] = null,
        ["/launches/{LaunchId}/cues"] = null,
        ["/launches/{LaunchId}/timeline"] = null,
        ["/launches/{LaunchId}/review"] = null,
        ["/launches/{LaunchId}/playbooks"] = null,
        ["/launches/{LaunchId}/incidents"] = null,
        ["/launches/{LaunchId}/incidents/{IncidentId}"] = null,
        ["/launches/{LaunchId}/edit"] = Policies.Operate,
        ["/playbooks/{PlaybookId}/edit"] = Policies.Administer,
        ["/admin/users"] = Policies.Administer,
        ["/sources"] = null,
    };

    private static IReadOnlyList<(string Route, Type Page)> RoutablePages() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (r.Template, t)))
            .ToList();

    [Fact]
    public void Every_routable_page_has_the_expected_authorize_attribute_or_is_on_the_anonymous_list()
    {
        var pages = RoutablePages();
        Assert.True(pages.Count >= Expected.Count + Anonymous.Count - 1, $"only {pages.Count} pages found");
        var problems = new List<string>();
        foreach (var (route, page) in pages)
        {
            var authorize = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();
            var anonymous = page.GetCustomAttribute<AllowAnonymousAttribute>(inherit: true) is not null;
            if (Anonymous.ContainsKey(route))
            {
                if (!anonymous) problems.Add($"{route} ({page.Name}) is on the anonymous list but lacks [AllowAnonymous]");
            }
            else if (!Expected.TryGetValue(route, out var policy))
                problems.Add($"{route} ({page.Name}) is new: give it [Authorize] (with a policy if viewers may not open it) and a line in Expected");
            else if (anonymous || authorize.Count == 0)
                problems.Add($"{route} ({page.Name}) lacks [Authorize]");
            else if (policy is not null && !authorize.Any(a => a.Policy == policy))
                problems.Add($"{route} ({page.Name}) needs [Authorize(Policy = \"{policy}\")], has {string.Join(", ", authorize.Select(a => a.Policy ?? "[Authorize]"))}");
        }
        var stale = Expected.Keys.Concat(Anonymous.Keys).Except(pages.Select(p => p.Route)).ToList();
        if (stale.Count > 0) problems.Add("listed routes with no page: " + string.Join(", ", stale));
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public void Every_routable_page_is_an_endpoint_of_the_running_app()
    {
        _ = app.Server;
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => e.RoutePattern.RawText).ToHashSet(StringComparer.Ordinal);
        var unmapped = RoutablePages().Select(p => p.Route).Where(r => !mapped.Contains(r)).ToList();
        Assert.True(unmapped.Count == 0, "pages the app does not serve: " + string.Join(", ", unmapped));
    }

    [Fact]
    public async Task A_viewer_opening_a_page_with_a_policy_is_sent_to_the_denied_page()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var viewer = await app.LoggedInClientAsync(LiveRoomAppFactory.ViewerUser);
        foreach (var route in Expected.Where(e => e.Value is not null).Select(e => e.Key))
        {
            var path = route.Replace("{LaunchId}", launch.Id).Replace("{PlaybookId}", "sku-sold-out");
            var response = await viewer.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/denied", StringComparison.Ordinal) == true,
                $"GET {path} as a viewer: {(int)response.StatusCode} {response.Headers.Location}");
        }
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/launches/{launch.Id}/timeline")).StatusCode);
    }
}
