using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Identity;

/// <summary>An open session as the administration lists it.</summary>
public sealed record ActiveSession(long Id, string? Department, string? RemoteIp, string? UserAgent, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt);

/// <summary>Why a session ended (stored, lower-case).</summary>
public static class SessionEndReasons
{
    public const string SignedOut = "signed_out";
    public const string Disabled = "disabled";
    public const string PasswordReset = "password_reset";
    public const string PasswordChanged = "password_changed";
    public const string EndedByAdministrator = "ended_by_admin";
}

/// <summary>
/// Server-side sessions (<c>user_sessions</c>): one per sign-in, named in the cookie by a random token of which only the
/// SHA-256 is stored. Each request and each circuit revalidation asks <see cref="ValidateAsync"/>; sign-out, a disabled
/// account, a new password or an administrator end sessions, so a copied cookie is worth nothing afterwards.
/// A verdict is kept in memory for <see cref="SecurityOptions.SessionCheckSeconds"/> at most, and dropped at once when this
/// node ends a session or changes its user; another node notices within that time.
/// </summary>
public sealed class SessionStore
{
    /// <summary>A session nobody used for this long is over (the cookie's sliding lifetime is the same).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(10);

    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);
    private const int MaxCachedSessions = 10_000;

    private readonly IDbContextFactory<HappyButtonsDbContext> _contexts;
    private readonly UserStore _users;
    private readonly TimeProvider _clock;
    private readonly IOptions<SecurityOptions> _options;
    private readonly ConcurrentDictionary<string, Verdict> _verdicts = new(StringComparer.Ordinal);
    private long _databaseChecks;
    // Moves on each forget: a check that read the database before it must not remember what it read.
    private long _generation;

    public SessionStore(IDbContextFactory<HappyButtonsDbContext> contexts, UserStore users, TimeProvider clock, IOptions<SecurityOptions> options)
    {
        (_contexts, _users, _clock, _options) = (contexts, users, clock, options);
        users.Changed += Forget;
    }

    /// <summary>How often a session was checked in the database (not served from memory).</summary>
    public long DatabaseChecks => Interlocked.Read(ref _databaseChecks);

    /// <summary>Opens a session for a user who just signed in; returns the token the cookie carries.</summary>
    public async Task<string> StartAsync(long userId, string? department, string? remoteIp, string? userAgent, CancellationToken cancellationToken)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = _clock.GetUtcNow();
        await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
        // Sessions over for long are of no use to anyone: the user's own are cleared as they sign in again.
        var forgotten = now - TimeSpan.FromDays(30);
        await context.UserSessions.Where(s => s.UserId == userId && (s.EndedAt < forgotten || s.LastSeenAt < forgotten)).ExecuteDeleteAsync(cancellationToken);
        context.UserSessions.Add(new UserSession
        {
            TokenHash = Hash(token), UserId = userId, Department = department, RemoteIp = Truncate(remoteIp, 64), UserAgent = Truncate(userAgent, 200),
            CreatedAt = now, LastSeenAt = now,
        });
        await context.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// The stored user when the session named by <paramref name="token"/> is open and belongs to <paramref name="userId"/>,
    /// the user is enabled and still has <paramref name="securityStamp"/>; null otherwise. <paramref name="fresh"/> skips
    /// the memory (for actions that change data).
    /// </summary>
    public async Task<AppUser?> ValidateAsync(string? token, long userId, string? securityStamp, bool fresh, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var now = _clock.GetUtcNow();
        if (!fresh && _verdicts.TryGetValue(token, out var known) && known.Until > now && known.User.Id == userId)
        {
            return Accepts(known.User, securityStamp) ? known.User : null;
        }

        Interlocked.Increment(ref _databaseChecks);
        var generation = Interlocked.Read(ref _generation);
        var hash = Hash(token);
        var idleSince = now - IdleTimeout;
        await using (var context = await _contexts.CreateDbContextAsync(cancellationToken))
        {
            var session = await context.UserSessions.AsNoTracking()
                .Where(s => s.TokenHash == hash && s.UserId == userId && s.EndedAt == null && s.LastSeenAt > idleSince)
                .Select(s => new { s.Id, s.LastSeenAt })
                .SingleOrDefaultAsync(cancellationToken);
            if (session is null)
            {
                _verdicts.TryRemove(token, out _);
                return null;
            }

            if (session.LastSeenAt < now - TouchInterval)
            {
                await context.UserSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
            }
        }

        var user = await _users.FindByIdAsync(userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        Remember(token, user, now, generation);
        return Accepts(user, securityStamp) ? user : null;
    }

    /// <summary>Ends the session named by the cookie's token (sign-out).</summary>
    public async Task EndAsync(string token, string reason, CancellationToken cancellationToken)
    {
        var (hash, now) = (Hash(token), _clock.GetUtcNow());
        await using (var context = await _contexts.CreateDbContextAsync(cancellationToken))
        {
            await context.UserSessions.Where(s => s.TokenHash == hash && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
        }

        Interlocked.Increment(ref _generation);
        _verdicts.TryRemove(token, out _);
    }

    /// <summary>Ends one session of a user by its id (administration); false when it was not open.</summary>
    public async Task<bool> EndAsync(long userId, long sessionId, string reason, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        int ended;
        await using (var context = await _contexts.CreateDbContextAsync(cancellationToken))
        {
            ended = await context.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
        }

        // The memory knows tokens, not ids: forget every verdict of the user, the others are checked again.
        Forget(userId);
        return ended > 0;
    }

    /// <summary>Ends every open session of a user (disabled, new password, administrator); returns how many.</summary>
    public async Task<int> EndAllAsync(long userId, string reason, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        int ended;
        await using (var context = await _contexts.CreateDbContextAsync(cancellationToken))
        {
            ended = await context.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
        }

        Forget(userId);
        return ended;
    }

    /// <summary>The user's open sessions, the most recently used first.</summary>
    public async Task<IReadOnlyList<ActiveSession>> ListActiveAsync(long userId, CancellationToken cancellationToken)
    {
        var idleSince = _clock.GetUtcNow() - IdleTimeout;
        await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
        var sessions = await context.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null && s.LastSeenAt > idleSince)
            .Select(s => new ActiveSession(s.Id, s.Department, s.RemoteIp, s.UserAgent, s.CreatedAt, s.LastSeenAt))
            .ToListAsync(cancellationToken);
        return sessions.OrderByDescending(s => s.LastSeenAt).ThenByDescending(s => s.Id).ToList();
    }

    /// <summary>Drops what this node remembers about a user's sessions: the next request checks the database.</summary>
    public void Forget(long userId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (token, verdict) in _verdicts)
        {
            if (verdict.User.Id == userId)
            {
                _verdicts.TryRemove(token, out _);
            }
        }
    }

    private static bool Accepts(AppUser user, string? securityStamp) => !user.IsDisabled && user.SecurityStamp == securityStamp;

    private void Remember(string token, AppUser user, DateTimeOffset now, long generation)
    {
        var seconds = _options.Value.SessionCheckSeconds;
        if (seconds <= 0 || Interlocked.Read(ref _generation) != generation)
        {
            return;
        }

        if (_verdicts.Count >= MaxCachedSessions)
        {
            foreach (var (key, verdict) in _verdicts)
            {
                if (verdict.Until <= now)
                {
                    _verdicts.TryRemove(key, out _);
                }
            }

            if (_verdicts.Count >= MaxCachedSessions)
            {
                return;
            }
        }

        _verdicts[token] = new Verdict(user, now + TimeSpan.FromSeconds(seconds));
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];

    private sealed record Verdict(AppUser User, DateTimeOffset Until);
}
