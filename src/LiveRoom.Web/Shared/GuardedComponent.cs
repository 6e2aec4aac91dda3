using LiveRoom.Web.Access;
using Microsoft.AspNetCore.Components;

namespace LiveRoom.Web.Shared;

/// <summary>
/// Base of dashboard components whose handlers change something: each handler asks
/// <see cref="AllowedAsync"/> first, and the page shows <see cref="DeniedNotice"/> when refused.
/// </summary>
public abstract class GuardedComponent : ComponentBase
{
    [Inject] private PolicyGate Gate { get; set; } = default!;

    /// <summary>True after the last handler was refused; bound to a <see cref="DeniedNotice"/>.</summary>
    protected bool Denied { get; private set; }

    /// <summary>The actor's name if the current principal satisfies <paramref name="policy"/>, else null.</summary>
    protected async Task<string?> AllowedAsync(string policy, string what)
    {
        var actor = await Gate.ActorAsync(policy, what);
        Denied = actor is null;
        return actor;
    }

    protected Task<string?> OperatorAsync(string what) => AllowedAsync(Policies.Operate, what);

    protected Task<System.Security.Claims.ClaimsPrincipal?> CurrentUserAsync() => Gate.CurrentUserAsync();
}
