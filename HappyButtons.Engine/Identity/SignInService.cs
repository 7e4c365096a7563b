using HappyButtons.Engine.Monitoring;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
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

/// <summary>
/// Checks credentials with lockout, and records every attempt for the sign-in statistics. An attempt is counted in the
/// database before its password is checked, twice: for the account from this client address
/// (<see cref="AddressLockouts"/>, lock at <see cref="SecurityOptions.MaxFailedAttempts"/>) and for the account from
/// everywhere (<see cref="UserStore.CountAttemptAsync"/>, lock at <see cref="SecurityOptions.AccountMaxFailedAttempts"/>).
/// So parallel guesses cannot outrun a lock, and guesses from one address lock out that address, not the account's owner.
/// </summary>
public sealed class SignInService(
    UserStore users,
    AddressLockouts addressLockouts,
    IPasswordHasher<AppUser> hasher,
    IDbContextFactory<HappyButtonsDbContext> contexts,
    IOptions<SecurityOptions> options,
    TimeProvider clock,
    ILogger<SignInService> logger,
    Prometheus.CollectorRegistry metrics)
{
    private readonly Prometheus.Counter _attempts = AttemptsCounter(metrics);

    /// <summary>The host's <c>hb_signin_attempts_total</c> (the same collector however often it is asked for).</summary>
    public static Prometheus.Counter AttemptsCounter(Prometheus.CollectorRegistry metrics) =>
        metrics.Factory().CreateCounter("hb_signin_attempts_total", "Sign-in attempts by outcome", ["outcome"]);

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

        var lockout = TimeSpan.FromMinutes(options.Value.LockoutMinutes);
        var address = AddressLockouts.Normalize(remoteIp);
        var fromAddress = await addressLockouts.CountAttemptAsync(user.Id, address, options.Value.MaxFailedAttempts, lockout, cancellationToken);
        if (fromAddress is null)
        {
            await RecordAsync(user.Id, department, SignInOutcome.LockedOut, "locked out", remoteIp, cancellationToken);
            return new SignInResult(SignInOutcome.LockedOut, null);
        }

        var fromEverywhere = await users.CountAttemptAsync(user.Id, options.Value.AccountMaxFailedAttempts, lockout, cancellationToken);
        if (fromEverywhere is null)
        {
            await RecordAsync(user.Id, department, SignInOutcome.LockedOut, "account locked out", remoteIp, cancellationToken);
            return new SignInResult(SignInOutcome.LockedOut, null);
        }

        var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
        if (verification == PasswordVerificationResult.Failed)
        {
            if (fromAddress >= options.Value.MaxFailedAttempts)
            {
                logger.LogWarning("User {UserName} locked out for {Address} until {LockedUntil} after {Attempts} failed sign-ins from there",
                    user.UserName, address, now + lockout, fromAddress);
            }

            if (fromEverywhere >= options.Value.AccountMaxFailedAttempts)
            {
                logger.LogWarning("User {UserName} locked out everywhere until {LockedUntil} after {Attempts} failed sign-ins",
                    user.UserName, now + lockout, fromEverywhere);
            }

            await RecordAsync(user.Id, department, SignInOutcome.Failed, "wrong password", remoteIp, cancellationToken);
            return new SignInResult(SignInOutcome.Failed, null);
        }

        // The right password settles the counted attempt, even for a disabled account.
        var rehash = verification == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password!) : null;
        await users.RecordSuccessAsync(user.Id, rehash, cancellationToken);
        await addressLockouts.ResetAsync(user.Id, address, cancellationToken);
        if (user.IsDisabled)
        {
            await RecordAsync(user.Id, department, SignInOutcome.Disabled, "disabled", remoteIp, cancellationToken);
            return new SignInResult(SignInOutcome.Disabled, null);
        }

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
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.SignIns.CountAsync(s => s.Succeeded && s.At >= since, cancellationToken);
    }

    private async Task RecordAsync(long? userId, string department, SignInOutcome outcome, string reason, string? remoteIp, CancellationToken cancellationToken)
    {
        _attempts.WithLabels(outcome.ToString().ToLowerInvariant()).Inc();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.SignIns.Add(new SignIn
        {
            UserId = userId, Department = Departments.IsValid(department) ? department : null,
            Succeeded = outcome == SignInOutcome.Succeeded, Reason = reason, RemoteIp = remoteIp, At = clock.GetUtcNow(),
        });
        await context.SaveChangesAsync(cancellationToken);
    }
}
