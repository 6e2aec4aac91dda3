using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Domain.Access;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Web.Access;

/// <summary>
/// An admin's user changes, for the users API and the /admin/users page alike: validated field
/// by field, applied, and recorded in the security timeline with who did it.
/// </summary>
public sealed class UserAdmin(UserDirectory users, SecurityAudit audit)
{
    public sealed record Outcome(StoredUser? User, ValidationErrors Errors, bool NotFound = false, bool Conflict = false);

    public async Task<Outcome> CreateAsync(string actor, string? name, string? role, string? password)
    {
        var errors = new ValidationErrors();
        if (!UserDirectory.IsValidName(name)) errors.Add("name", "1–64 letters, digits, '-', '_', '.' or '@'");
        CheckRole(role, errors);
        CheckPassword(password, "password", errors);
        if (!errors.IsValid) return new Outcome(null, errors);
        if (!await users.CreateAsync(name!, role!, password!, actor)) return new Outcome(null, errors, Conflict: true);
        await audit.RecordAsync(actor, ServerText.Of(TimelineActions.UserCreated, ("name", name), ("role", role)));
        return new Outcome((await users.ListAsync()).FirstOrDefault(u => u.Name == name), errors);
    }

    public async Task<Outcome> ChangeAsync(string actor, string name, string? role, string? newPassword, bool? disabled)
    {
        var errors = new ValidationErrors();
        if (role is not null) CheckRole(role, errors);
        if (newPassword is not null) CheckPassword(newPassword, "newPassword", errors);
        // An admin locking themself out (or demoting the last way in) is never what they meant.
        if (name == actor && (disabled == true || (role is not null && role != Roles.Admin)))
            errors.Add(disabled == true ? "disabled" : "role", "admins cannot disable or demote themselves");
        if (!errors.IsValid) return new Outcome(null, errors);
        var changed = await users.ChangeAsync(name, role, newPassword, disabled);
        if (changed is null) return new Outcome(null, errors, NotFound: true);
        var what = new List<ServerText>();
        if (role is not null) what.Add(ServerText.Of("user.change.role", ("role", role)));
        if (newPassword is not null) what.Add(ServerText.Of("user.change.password"));
        if (disabled is not null) what.Add(ServerText.Of(disabled.Value ? "user.change.disabled" : "user.change.enabled"));
        await audit.RecordAsync(actor, ServerText.Of(TimelineActions.UserChanged, ("name", name), ("changes", what)));
        return new Outcome(changed, errors);
    }

    private static void CheckRole(string? role, ValidationErrors errors)
    {
        if (!Roles.IsKnown(role)) errors.Add("role", $"one of {string.Join(", ", Roles.All)}");
    }

    private static void CheckPassword(string? password, string field, ValidationErrors errors)
    {
        if (password is null || password.Length < UserDirectory.MinPasswordLength)
            errors.Add(field, $"at least {UserDirectory.MinPasswordLength} characters");
    }
}
