using LiveRoom.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace LiveRoom.Web.Components.Cues;

/// <summary>
/// Checks <see cref="Policies.Operate"/> in the handler itself, not only by hiding the buttons: a
/// viewer's circuit could still send the event.
/// </summary>
public sealed class OperatorGate(AuthenticationStateProvider auth, IAuthorizationService authorization)
{
    public async Task<string?> OperatorAsync()
    {
        var user = (await auth.GetAuthenticationStateAsync()).User;
        return (await authorization.AuthorizeAsync(user, Policies.Operate)).Succeeded ? user.Identity?.Name ?? "unknown" : null;
    }
}
