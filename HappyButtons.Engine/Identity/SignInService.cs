using Dapper;
using HappyButtons.Engine.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Identity;

public enum SignInOutcome
{
    Succeeded,
    /// <summary>Unknown user or wrong password; deliberately indistinguishable.</summary>
    Failed,
    LockedOut,
    Disabled,
    /// <summary>The password was right, but the user is not a member of the chosen department.</summary>
    NotMember,
}

public sealed record SignInResult(SignInOutcome Outcome, AppUser? User);

/// <summary>Checks credentials with lockout, and records every attempt for the sign-in statistics.</summary>
public sealed class SignInService(
    UserStore users,
    IPasswordHasher<AppUser> hasher,
    IDbConnectionFactory connections,
    IOptions<SecurityOptions> options,
    TimeProvider clock,
    ILogger<SignInService> logger)
{
    private static readonly System.Diagnostics.Metrics.Meter Meter = new("HappyButtons.Identity");
    private static readonly System.Diagnostics.Metrics.Counter<long> Attempts =
        Meter.CreateCounter<long>("hb_signin_attempts", description: "Sign-in attempts by outcome");

    // Verifying against a throw-away hash keeps unknown users as slow as known ones.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<SignInResult> SignInAsync(string userName, string password, string department, string? remoteIp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName, cancellationToken);
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, DummyHash.Value, password ?? "");
            await RecordAsync(null, department, SignInOutcome.Failed, "unknown user", remoteIp, cancellationToken);
            return new SignInResult(SignInOutcome.Failed, null);
        }

        if (user.IsLockedOut(now))
        {
            await RecordAsync(user.Id, department, SignInOutcome.LockedOut, "locked out", remoteIp, cancellationToken);
            return new SignInResult(SignInOutcome.LockedOut, null);
        }

        var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
        if (verification == PasswordVerificationResult.Failed)
        {
            // A lockout that has run out starts a fresh count.
            var failed = (user.LockedUntil is null ? user.FailedAttempts : 0) + 1;
            DateTimeOffset? lockedUntil = failed >= options.Value.MaxFailedAttempts ? now.AddMinutes(options.Value.LockoutMinutes) : null;
            await users.RecordFailureAsync(user.Id, lockedUntil is null ? failed : 0, lockedUntil, cancellationToken);
            if (lockedUntil is not null)
            {
                logger.LogWarning("User {UserName} locked out until {LockedUntil} after {Attempts} failed sign-ins", user.UserName, lockedUntil, failed);
            }

            await RecordAsync(user.Id, department, SignInOutcome.Failed, "wrong password", remoteIp, cancellationToken);
            return new SignInResult(SignInOutcome.Failed, null);
        }

        if (user.IsDisabled)
        {
            await RecordAsync(user.Id, department, SignInOutcome.Disabled, "disabled", remoteIp, cancellationToken);
            return new SignInResult(SignInOutcome.Disabled, null);
        }

        var rehash = verification == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password!) : null;
        await users.RecordSuccessAsync(user.Id, rehash, cancellationToken);
        if (!user.IsMemberOf(department))
        {
            await RecordAsync(user.Id, department, SignInOutcome.NotMember, "not a member", remoteIp, cancellationToken);
            return new SignInResult(SignInOutcome.NotMember, user);
        }

        await RecordAsync(user.Id, department, SignInOutcome.Succeeded, "ok", remoteIp, cancellationToken);
        return new SignInResult(SignInOutcome.Succeeded, user with { FailedAttempts = 0, LockedUntil = null });
    }

    public async Task<int> SuccessfulSignInsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM sign_ins WHERE succeeded = 1 AND at >= @Since",
            new { Since = since.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    private async Task RecordAsync(long? userId, string department, SignInOutcome outcome, string reason, string? remoteIp, CancellationToken cancellationToken)
    {
        Attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO sign_ins (user_id, department, succeeded, reason, remote_ip, at) VALUES (@UserId, @Department, @Succeeded, @Reason, @RemoteIp, @At)",
            new
            {
                UserId = userId, Department = Departments.IsValid(department) ? department : null,
                Succeeded = outcome == SignInOutcome.Succeeded, Reason = reason, RemoteIp = remoteIp,
                At = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken));
    }
}
