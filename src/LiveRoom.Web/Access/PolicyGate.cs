using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace LiveRoom.Web.Access;

/// <summary>
/// The policy check a dashboard event handler makes before it changes anything. Hiding a button
/// is not a check: a circuit can still raise the event, and the user's role may have changed or
/// been disabled since the page rendered. Uses the same policies as the HTTP endpoints.
/// </summary>
public sealed class PolicyGate(AuthenticationStateProvider auth, IAuthorizationService authorization, UserDirectory users, SecurityAudit audit)
{
    /// <summary>The circuit's principal if it still matches the stored user (not disabled, same role and password); else null.</summary>
    public async Task<ClaimsPrincipal?> CurrentUserAsync()
    {
        var user = (await auth.GetAuthenticationStateAsync()).User;
        return user.Identity?.IsAuthenticated == true && await users.IsCurrentAsync(user) ? user : null;
    }

    /// <summary>The acting user's name when the current principal satisfies <paramref name="policy"/>; null, and a security-log entry, when not.</summary>
    public async Task<string?> ActorAsync(string policy, string what)
    {
        var user = await CurrentUserAsync();
        if (user is not null && (await authorization.AuthorizeAsync(user, policy)).Succeeded) return user.Identity!.Name!;
        var name = (await auth.GetAuthenticationStateAsync()).User.Identity?.Name ?? "?";
        await audit.RecordAsync(name, ServerText.Of(TimelineActions.AccessDeniedAction, ("what", what), ("policy", policy)));
        return null;
    }
}
