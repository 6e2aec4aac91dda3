using System.Security.Claims;
using System.Security.Cryptography;
using LiveRoom.Domain.Access;
using LiveRoom.Grains.Access;
using LiveRoom.Web.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LiveRoom.Web.Access;

/// <summary>
/// Dashboard users, stored in <see cref="IUserDirectoryGrain"/> with salted hashes (ASP.NET Core
/// Identity's <see cref="PasswordHasher{TUser}"/>). Users from configuration are applied at the
/// first use on each node. With none configured: the embedded mode makes up an <c>operator</c>
/// admin printed at startup (one step for a newcomer, and memory forgets it anyway); the durable
/// mode prints a one-time setup link instead, good until the first user exists.
/// </summary>
public sealed class UserDirectory
{
    public const string VersionClaim = "liveroom:user-version";
    public const int MinPasswordLength = 8;

    private static readonly PasswordHasher<StoredUser> Hasher = new();
    private readonly IGrainFactory _grains;
    private readonly TimeProvider _clock;
    private readonly IReadOnlyList<DashboardUser> _configured;
    private readonly SemaphoreSlim _seedLock = new(1, 1);
    private volatile bool _seeded;

    public UserDirectory(IConfiguration configuration, IGrainFactory grains, IOptions<LiveRoomOptions> options, TimeProvider clock)
    {
        _grains = grains;
        _clock = clock;
        var configured = configuration.GetSection("LiveRoom:Auth:Users").Get<List<DashboardUser>>() ?? [];
        PlaceholderPasswords.Refuse(configured);
        configured.RemoveAll(u => string.IsNullOrWhiteSpace(u.Name) || string.IsNullOrEmpty(u.Password) || !Roles.IsKnown(u.Role));
        // LiveRoom:Auth:FirstRun = Generate | Setup chooses explicitly (tests, a demo on Redis).
        var firstRun = configuration["LiveRoom:Auth:FirstRun"];
        var generate = string.IsNullOrEmpty(firstRun) ? !options.Value.IsPersistent : string.Equals(firstRun, "Generate", StringComparison.OrdinalIgnoreCase);
        if (configured.Count == 0 && generate)
        {
            GeneratedLogin = new DashboardUser { Name = "operator", Password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), Role = Roles.Admin };
            configured.Add(GeneratedLogin);
        }
        else if (configured.Count == 0)
        {
            SetupToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        }
        _configured = configured;
    }

    /// <summary>The login made up at startup in the embedded mode when configuration names no users.</summary>
    public DashboardUser? GeneratedLogin { get; }

    /// <summary>This node's first-run token (durable mode, no configured users); valid only while no user exists.</summary>
    public string? SetupToken { get; }

    private IUserDirectoryGrain Store => _grains.GetGrain<IUserDirectoryGrain>(0);

    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@');

    public async Task<IReadOnlyList<StoredUser>> ListAsync()
    {
        await EnsureSeededAsync();
        return await Store.List();
    }

    public async Task<bool> NeedsSetupAsync() => SetupToken is not null && (await ListAsync()).Count == 0;

    /// <summary>Checks a password; null for an unknown user, a wrong password or a disabled user.</summary>
    public async Task<(ClaimsPrincipal? Principal, string? Refusal)> SignInAsync(string? name, string? password)
    {
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(password)) return (null, "missing");
        await EnsureSeededAsync();
        var user = await Store.Find(name);
        // Verify even when the user is unknown so timing does not reveal which names exist.
        var hash = user?.PasswordHash ?? UnknownUserHash.Value;
        var verdict = Hasher.VerifyHashedPassword(user!, hash, password);
        if (user is null) return (null, "unknown user");
        if (verdict == PasswordVerificationResult.Failed) return (null, "wrong password");
        if (user.Disabled) return (null, "disabled");
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            user = await Store.Change(name, new UserChange { PasswordHash = Hash(password) }) ?? user;
        return (Principal(user), null);
    }

    /// <summary>A session stays valid while its user exists, is enabled and has not changed since sign-in.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.Name is not { } name) return false;
        var user = await Store.Find(name);
        return user is { Disabled: false } && principal.FindFirst(VersionClaim)?.Value == user.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> SetupFirstAdminAsync(string? token, string name, string password)
    {
        if (SetupToken is null || token is null || !CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(SetupToken)))
            return false;
        return await Store.CreateFirst(NewUser(name, Roles.Admin, password, "setup"));
    }

    public async Task<bool> CreateAsync(string name, string role, string password, string createdBy)
    {
        await EnsureSeededAsync();
        return await Store.Create(NewUser(name, role, password, createdBy));
    }

    public Task<StoredUser?> ChangeAsync(string name, string? role = null, string? newPassword = null, bool? disabled = null) =>
        Store.Change(name, new UserChange { Role = role, PasswordHash = newPassword is null ? null : Hash(newPassword), Disabled = disabled });

    private StoredUser NewUser(string name, string role, string password, string createdBy) =>
        new() { Name = name, Role = role, PasswordHash = Hash(password), CreatedAt = _clock.GetUtcNow(), CreatedBy = createdBy };

    private static string Hash(string password) => Hasher.HashPassword(null!, password);

    private static readonly Lazy<string> UnknownUserHash = new(() => Hash(Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    /// <summary>
    /// Configuration wins for its users at every start: missing ones are added, and a changed
    /// password or role in configuration (a rotated secret) replaces the stored one.
    /// </summary>
    private async Task EnsureSeededAsync()
    {
        if (_seeded) return;
        await _seedLock.WaitAsync();
        try
        {
            if (_seeded) return;
            var store = Store;
            await store.SeedMissing(_configured.Select(u => NewUser(u.Name, u.Role, u.Password, "config")).ToList());
            foreach (var c in _configured)
            {
                if (await store.Find(c.Name) is not { } stored) continue;
                var samePassword = Hasher.VerifyHashedPassword(stored, stored.PasswordHash, c.Password) != PasswordVerificationResult.Failed;
                if (!samePassword || stored.Role != c.Role)
                    await store.Change(c.Name, new UserChange { Role = c.Role, PasswordHash = samePassword ? null : Hash(c.Password) });
            }
            _seeded = true;
        }
        finally
        {
            _seedLock.Release();
        }
    }

    private static ClaimsPrincipal Principal(StoredUser user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(VersionClaim, user.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));
}
