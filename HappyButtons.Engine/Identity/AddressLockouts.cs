using System.Net;
using System.Net.Sockets;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Identity;

/// <summary>A lock of one account for one client address, as the administration shows it.</summary>
public sealed record AddressLockout(string ClientAddress, int FailedAttempts, DateTimeOffset LockedUntil);

/// <summary>
/// Failed sign-ins counted per account and client address (<c>sign_in_throttles</c>). Five wrong passwords from one address
/// lock the account for that address only; the account-wide counter (<see cref="UserStore.CountAttemptAsync"/>) has a higher
/// threshold. So an attacker at one address cannot keep the owner out, and guessing from many addresses still ends at the
/// account-wide lock. Failures count while they follow each other within the lockout time; an older count starts afresh.
/// </summary>
public sealed class AddressLockouts(IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect, TimeProvider clock)
{
    /// <summary>
    /// The address an attempt is counted under: IPv4 as is, IPv6 by its /64 network (one subscriber usually holds a whole
    /// /64, so counting single IPv6 addresses would let an attacker rotate through them), none as <c>unknown</c>.
    /// </summary>
    public static string Normalize(string? remoteIp)
    {
        if (string.IsNullOrWhiteSpace(remoteIp) || !IPAddress.TryParse(remoteIp, out var address))
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>
    /// Counts an attempt of <paramref name="userId"/> from <paramref name="clientAddress"/> before its password is checked, in
    /// one atomic update (a row is created on the first attempt). Returns the attempt's number, or null when the account is
    /// locked for this address; the attempt that reaches <paramref name="maxFailedAttempts"/> sets the lock.
    /// </summary>
    internal async Task<int?> CountAttemptAsync(long userId, string clientAddress, int maxFailedAttempts, TimeSpan lockout, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var freshAfter = now - lockout;
        DateTimeOffset? lockedUntil = now + lockout;
        for (var round = 0; round < 5; round++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var mine = context.SignInThrottles.Where(t => t.UserId == userId && t.ClientAddress == clientAddress);
            // Both right-hand sides read the row as it was before this statement.
            var counted = await mine.Where(t => t.LockedUntil == null || t.LockedUntil <= now).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.FailedAttempts, t => t.LockedUntil == null && t.LastAttemptAt > freshAfter ? t.FailedAttempts + 1 : 1)
                    .SetProperty(t => t.LockedUntil, t => (t.LockedUntil == null && t.LastAttemptAt > freshAfter ? t.FailedAttempts + 1 : 1) >= maxFailedAttempts ? lockedUntil : null)
                    .SetProperty(t => t.LastAttemptAt, now),
                cancellationToken);
            if (counted > 0)
            {
                var attempt = await mine.Select(t => t.FailedAttempts).SingleAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return attempt;
            }

            if (await mine.AnyAsync(t => t.LockedUntil != null && t.LockedUntil > now, cancellationToken))
            {
                return null;
            }

            if (await mine.AnyAsync(cancellationToken))
            {
                // A parallel first attempt committed its row after this update looked (PostgreSQL, read committed): count on it.
                continue;
            }

            context.SignInThrottles.Add(new SignInThrottle
            {
                UserId = userId, ClientAddress = clientAddress, FailedAttempts = 1, LockedUntil = maxFailedAttempts <= 1 ? lockedUntil : null, LastAttemptAt = now,
            });
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return 1;
            }
            catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
            {
                // A parallel first attempt created the row: count on it.
            }
        }

        throw new InvalidOperationException($"The sign-in attempt of user {userId} could not be counted: its counter kept changing.");
    }

    /// <summary>A right password from the address: its count starts afresh.</summary>
    internal async Task ResetAsync(long userId, string clientAddress, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.SignInThrottles.Where(t => t.UserId == userId && t.ClientAddress == clientAddress).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>An administrator unlocks the account: every address's count is gone.</summary>
    internal async Task ClearAsync(long userId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.SignInThrottles.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The addresses the account is locked for right now, the latest lock first.</summary>
    public async Task<IReadOnlyList<AddressLockout>> ActiveAsync(long userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var locks = await context.SignInThrottles.AsNoTracking()
            .Where(t => t.UserId == userId && t.LockedUntil != null && t.LockedUntil > now)
            .Select(t => new AddressLockout(t.ClientAddress, t.FailedAttempts, t.LockedUntil!.Value))
            .ToListAsync(cancellationToken);
        return locks.OrderByDescending(l => l.LockedUntil).ToList();
    }
}
