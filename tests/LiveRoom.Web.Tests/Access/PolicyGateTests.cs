using System.Security.Claims;
using LiveRoom.Domain.Access;
using LiveRoom.Web.Access;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Web.Tests.Access;

/// <summary>
/// The check every dashboard handler makes, with the app's own policies, user store and security
/// log; only the circuit's authentication state is given here, as a circuit would hold it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PolicyGateTests(LiveRoomAppFactory app)
{
    private sealed class CircuitState(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }

    private PolicyGate GateFor(ClaimsPrincipal user) => new(new CircuitState(user), app.Services.GetRequiredService<IAuthorizationService>(),
        app.Services.GetRequiredService<UserDirectory>(), app.Services.GetRequiredService<SecurityAudit>());

    private async Task<ClaimsPrincipal> SignedInAsync(string name, string password = LiveRoomAppFactory.Password)
    {
        _ = app.Server;
        var (principal, refusal) = await app.Services.GetRequiredService<UserDirectory>().SignInAsync(name, password);
        return principal ?? throw new InvalidOperationException(refusal);
    }

    [Fact]
    public async Task A_viewer_is_refused_and_the_refusal_is_in_the_security_log()
    {
        var gate = GateFor(await SignedInAsync(LiveRoomAppFactory.ViewerUser));
        var what = "test " + Guid.NewGuid().ToString("N")[..8];

        Assert.Null(await gate.ActorAsync(Policies.Operate, what));

        var log = await app.Services.GetRequiredService<SecurityAudit>().NewestAsync(50);
        Assert.Contains(log, e => e.Action == "access.denied_action" && e.Actor == LiveRoomAppFactory.ViewerUser && e.Args["what"] == what);
    }

    [Fact]
    public async Task An_operator_passes_operate_but_not_handle_crisis()
    {
        var gate = GateFor(await SignedInAsync(LiveRoomAppFactory.User));

        Assert.Equal(LiveRoomAppFactory.User, await gate.ActorAsync(Policies.Operate, "test"));
        Assert.Null(await gate.ActorAsync(Policies.HandleCrisis, "test"));
    }

    [Fact]
    public async Task A_page_opened_before_the_user_was_demoted_is_refused_afterwards()
    {
        _ = app.Server;
        var name = "g" + Guid.NewGuid().ToString("N")[..10];
        var admin = app.Services.GetRequiredService<UserAdmin>();
        Assert.NotNull((await admin.CreateAsync(LiveRoomAppFactory.AdminUser, name, Roles.CrisisHandler, "gate-test-pw-1")).User);
        var gate = GateFor(await SignedInAsync(name, "gate-test-pw-1"));
        Assert.Equal(name, await gate.ActorAsync(Policies.HandleCrisis, "test"));

        // The circuit keeps the principal it was opened with; the gate compares it with the store.
        Assert.NotNull((await admin.ChangeAsync(LiveRoomAppFactory.AdminUser, name, Roles.Viewer, null, null)).User);

        Assert.Null(await gate.ActorAsync(Policies.HandleCrisis, "test"));
        Assert.Null(await gate.CurrentUserAsync());
    }
}
