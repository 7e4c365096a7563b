using System.Text.RegularExpressions;
using HappyButtons.Engine.Audit;
using Microsoft.AspNetCore.Identity;

namespace HappyButtons.Engine.Identity;

/// <summary>The outcome of an administrative change: null error means it was applied. Errors are English UI text keys.</summary>
public sealed record AdminResult(string? Error, string[]? Arguments = null)
{
    public static readonly AdminResult Ok = new((string?)null);

    public bool Succeeded => Error is null;
}

public sealed record NewUser(string UserName, string DisplayName, string? Email, string Password, bool IsAdmin, IReadOnlyList<string> Departments);

public sealed record UserProfile(string DisplayName, string? Email, bool IsAdmin, IReadOnlyList<string> Departments);

/// <summary>
/// Create, change, disable and reset users, validated, with an audit entry for every change. A disable or a new password
/// ends every session of the user (and with them the open circuits within seconds); an administrator can also end them.
/// </summary>
public sealed partial class UserAdministration(
    UserStore users, IPasswordHasher<AppUser> hasher, AuditLog audit, PresenceTracker presence, SessionStore sessions, AddressLockouts addressLockouts)
{
    public async Task<(AdminResult Result, AppUser? User)> CreateAsync(string actor, NewUser input, CancellationToken cancellationToken)
    {
        var userName = input.UserName?.Trim() ?? "";
        if (!UserNamePattern().IsMatch(userName))
        {
            return (new AdminResult("A user name may contain letters, digits, dot, hyphen and underscore (2–64 characters)."), null);
        }

        if (CheckProfile(input.DisplayName, input.Departments) is { } profileError)
        {
            return (profileError, null);
        }

        if (PasswordPolicy.Check(input.Password) is { } passwordError)
        {
            return (new AdminResult(passwordError), null);
        }

        var user = new AppUser
        {
            UserName = userName, DisplayName = input.DisplayName.Trim(), Email = Blank(input.Email), IsAdmin = input.IsAdmin,
            Departments = input.Departments,
        };
        var created = await users.CreateAsync(user with { PasswordHash = hasher.HashPassword(user, input.Password) }, cancellationToken);
        if (created is null)
        {
            return (new AdminResult("The user name {0} is taken.", [userName]), null);
        }

        await audit.RecordAsync(actor, "user.created", Target(created.Id),
            $"{created.UserName}; departments {string.Join(", ", created.Departments)}; admin {created.IsAdmin}", cancellationToken);
        return (AdminResult.Ok, created);
    }

    public async Task<AdminResult> UpdateAsync(string actor, long actorId, long id, UserProfile profile, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return new AdminResult("User not found.");
        }

        if (CheckProfile(profile.DisplayName, profile.Departments) is { } error)
        {
            return error;
        }

        if (id == actorId && user.IsAdmin && !profile.IsAdmin)
        {
            return new AdminResult("You cannot remove your own administrator role.");
        }

        await users.UpdateProfileAsync(id, profile.DisplayName.Trim(), Blank(profile.Email), profile.IsAdmin, profile.Departments, cancellationToken);
        await audit.RecordAsync(actor, "user.updated", Target(id),
            $"{user.UserName}; name '{profile.DisplayName.Trim()}'; departments {string.Join(", ", user.Departments)} -> {string.Join(", ", profile.Departments)}; " +
            $"admin {user.IsAdmin} -> {profile.IsAdmin}", cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> ResetPasswordAsync(string actor, long id, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return new AdminResult("User not found.");
        }

        if (PasswordPolicy.Check(newPassword) is { } passwordError)
        {
            return new AdminResult(passwordError);
        }

        await users.SetPasswordHashAsync(id, hasher.HashPassword(user, newPassword), cancellationToken);
        await sessions.EndAllAsync(id, SessionEndReasons.PasswordReset, cancellationToken);
        presence.SignOut(id);
        // The password itself is never written anywhere but as a hash.
        await audit.RecordAsync(actor, "user.password_reset", Target(id), user.UserName, cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> SetDisabledAsync(string actor, long actorId, long id, bool disabled, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return new AdminResult("User not found.");
        }

        if (disabled && id == actorId)
        {
            return new AdminResult("You cannot disable your own account.");
        }

        await users.SetDisabledAsync(id, disabled, cancellationToken);
        if (disabled)
        {
            await sessions.EndAllAsync(id, SessionEndReasons.Disabled, cancellationToken);
            presence.SignOut(id);
        }

        await audit.RecordAsync(actor, disabled ? "user.disabled" : "user.enabled", Target(id), user.UserName, cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> UnlockAsync(string actor, long id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return new AdminResult("User not found.");
        }

        var addresses = await addressLockouts.ActiveAsync(id, cancellationToken);
        await users.UnlockAsync(id, cancellationToken);
        await addressLockouts.ClearAsync(id, cancellationToken);
        var details = addresses.Count == 0 ? user.UserName : $"{user.UserName}; addresses {string.Join(", ", addresses.Select(a => a.ClientAddress))}";
        await audit.RecordAsync(actor, "user.unlocked", Target(id), details, cancellationToken);
        return AdminResult.Ok;
    }

    /// <summary>An administrator ends one open session of a user (e.g. a forgotten shared computer).</summary>
    public async Task<AdminResult> EndSessionAsync(string actor, long id, long sessionId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return new AdminResult("User not found.");
        }

        if (!await sessions.EndAsync(id, sessionId, SessionEndReasons.EndedByAdministrator, cancellationToken))
        {
            return new AdminResult("This session has already ended.");
        }

        await audit.RecordAsync(actor, "user.session_ended", Target(id), $"{user.UserName}; session {sessionId}", cancellationToken);
        return AdminResult.Ok;
    }

    /// <summary>An administrator ends every open session of a user; the user can sign in again.</summary>
    public async Task<AdminResult> EndAllSessionsAsync(string actor, long id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return new AdminResult("User not found.");
        }

        var ended = await sessions.EndAllAsync(id, SessionEndReasons.EndedByAdministrator, cancellationToken);
        presence.SignOut(id);
        await audit.RecordAsync(actor, "user.sessions_ended", Target(id), $"{user.UserName}; {ended} sessions", cancellationToken);
        return AdminResult.Ok;
    }

    /// <summary>A person changes their own password; the current one must be given.</summary>
    public async Task<AdminResult> ChangeOwnPasswordAsync(long id, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id, cancellationToken);
        if (user is null)
        {
            return new AdminResult("User not found.");
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, currentPassword ?? "") == PasswordVerificationResult.Failed)
        {
            return new AdminResult("The current password is not correct.");
        }

        if (PasswordPolicy.Check(newPassword) is { } passwordError)
        {
            return new AdminResult(passwordError);
        }

        await users.SetPasswordHashAsync(id, hasher.HashPassword(user, newPassword), cancellationToken);
        await sessions.EndAllAsync(id, SessionEndReasons.PasswordChanged, cancellationToken);
        presence.SignOut(id);
        await audit.RecordAsync(user.UserName, "user.password_changed", Target(id), user.UserName, cancellationToken);
        return AdminResult.Ok;
    }

    /// <summary>The audit target of a user, e.g. <c>user:7</c>.</summary>
    public static string Target(long id) => "user:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static AdminResult? CheckProfile(string? displayName, IReadOnlyList<string>? departments)
    {
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 100)
        {
            return new AdminResult("A display name is required.");
        }

        return departments is null || !departments.Any(Identity.Departments.IsValid) ? new AdminResult("Choose at least one department.") : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[A-Za-z0-9._-]{2,64}$")]
    private static partial Regex UserNamePattern();
}
