using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LiveRoom.Web.Auth;

/// <summary>
/// Users from configuration. When none are configured (a fresh machine), one operator with a
/// random password is created and printed at startup, so no password ever lives in the repo.
/// </summary>
public sealed class UserDirectory
{
    private readonly IReadOnlyList<DashboardUser> _users;

    public UserDirectory(IConfiguration configuration)
    {
        var configured = configuration.GetSection("LiveRoom:Auth:Users").Get<List<DashboardUser>>() ?? [];
        configured.RemoveAll(u => string.IsNullOrWhiteSpace(u.Name) || string.IsNullOrEmpty(u.Password));
        if (configured.Count == 0)
        {
            GeneratedLogin = new DashboardUser { Name = "operator", Password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), Role = Roles.Admin };
            configured.Add(GeneratedLogin);
        }
        _users = configured;
    }

    /// <summary>The login made up at startup when configuration names no users; null otherwise.</summary>
    public DashboardUser? GeneratedLogin { get; }

    public ClaimsPrincipal? SignIn(string? name, string? password)
    {
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(password)) return null;
        var user = _users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        // Compare even when the user is unknown so timing does not reveal which names exist.
        var expected = Encoding.UTF8.GetBytes(user?.Password ?? "\0unknown");
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(password)) || user is null) return null;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }
}
