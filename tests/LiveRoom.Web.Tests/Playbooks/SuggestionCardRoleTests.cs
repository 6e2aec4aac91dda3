using System.Security.Claims;
using LiveRoom.Domain.Launches;
using LiveRoom.Web.Access;
using LiveRoom.Web.Launches;
using LiveRoom.Web.Playbooks;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveRoom.Web.Tests.Playbooks;

/// <summary>The board's suggestion card, rendered by the app's own services for a given user.</summary>
[Collection(AppCollection.Name)]
public sealed class SuggestionCardRoleTests(LiveRoomAppFactory app)
{
    private async Task<string> RenderForAsync(string user)
    {
        _ = app.Server;
        var (principal, _) = await app.Services.GetRequiredService<UserDirectory>().SignInAsync(user, LiveRoomAppFactory.Password);
        await using var scope = app.Services.CreateAsyncScope();
        var auth = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal ?? new ClaimsPrincipal())));

        var now = DateTimeOffset.UtcNow;
        var launch = new LaunchDefinition
        {
            Id = "sg-" + Guid.NewGuid().ToString("N")[..8], Name = "测试", StartsAt = now.AddMinutes(-5), EndsAt = now.AddHours(1), TimeZone = "Asia/Shanghai",
            Skus = [new Sku("cup", "保温杯", 89, 159, 3, 1)],
        };
        var snapshot = new LaunchSnapshot
        {
            Seq = 1, ServerTime = now, Phase = LaunchPhase.Live, Launch = new LaunchInfo(launch, 0), Totals = new LaunchTotals(),
            Skus = [new SkuInventory { SkuId = "cup", Name = "保温杯", Stock = 3, Sold = 3, SoldOut = true }],
        };
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = BoardModel.From(snapshot, now), ["LaunchId"] = launch.Id });

        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<PlaybookSuggestions>(parameters)).ToHtmlString());
    }

    [Fact]
    public async Task A_viewer_sees_the_sold_out_card_read_only_and_a_crisis_handler_can_run_it()
    {
        var viewer = await RenderForAsync(LiveRoomAppFactory.ViewerUser);
        Assert.Contains("data-playbook=\"sku-sold-out\"", viewer);
        Assert.Contains("pb-suggest-readonly", viewer);
        Assert.DoesNotContain("pb-suggest-run", viewer);

        var handler = await RenderForAsync(LiveRoomAppFactory.HandlerUser);
        Assert.Contains("pb-suggest-run", handler);
        Assert.DoesNotContain("pb-suggest-readonly", handler);
    }
}
