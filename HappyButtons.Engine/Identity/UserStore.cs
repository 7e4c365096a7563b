using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Identity;

/// <summary>Users and their department memberships in our own tables.</summary>
public sealed class UserStore(IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect, TimeProvider clock)
{
    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    /// <summary>Raised after a user's stored state changed (profile, password, disabled, language, lock), with the user's id.</summary>
    public event Action<long>? Changed;

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Users.CountAsync(cancellationToken);
    }

    public async Task<AppUser?> FindByNameAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = Normalize(userName);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return (await LoadAsync(context, context.Users.Where(u => u.NormalizedName == normalized), cancellationToken)).SingleOrDefault();
    }

    public async Task<AppUser?> FindByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return (await LoadAsync(context, context.Users.Where(u => u.Id == id), cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        // Sorted here: the providers' collations order text differently.
        return (await LoadAsync(context, context.Users, cancellationToken)).OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One page of the user list for the administration table: search over user name, display name and e-mail
    /// (ignoring case), optionally only members of a department, sorted and paged in the database.
    /// </summary>
    public async Task<UserPage> PageAsync(UserFilter filter, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var users = context.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();
            users = users.Where(u => u.UserName.ToLower().Contains(term) || u.DisplayName.ToLower().Contains(term) || (u.Email ?? "").ToLower().Contains(term));
        }

        if (filter.Department is { } department)
        {
            users = users.Where(u => context.UserDepartments.Any(d => d.UserId == u.Id && d.Department == department));
        }

        var ordered = (filter.Sort, filter.Descending) switch
        {
            (UserSort.DisplayName, false) => users.OrderBy(u => u.DisplayName.ToLower()).ThenBy(u => u.UserName.ToLower()),
            (UserSort.DisplayName, true) => users.OrderByDescending(u => u.DisplayName.ToLower()).ThenBy(u => u.UserName.ToLower()),
            (_, true) => users.OrderByDescending(u => u.UserName.ToLower()),
            _ => users.OrderBy(u => u.UserName.ToLower()),
        };
        var total = await users.CountAsync(cancellationToken);
        var page = ordered.ThenBy(u => u.Id).Skip((Math.Max(filter.Page, 1) - 1) * filter.PageSize).Take(filter.PageSize);
        return new UserPage(await LoadAsync(context, page, cancellationToken), total);
    }

    /// <summary>Creates the user; returns null when the user name is taken.</summary>
    public async Task<AppUser?> CreateAsync(AppUser user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = new User
        {
            UserName = user.UserName, NormalizedName = Normalize(user.UserName), DisplayName = user.DisplayName, Email = user.Email,
            PasswordHash = user.PasswordHash, IsAdmin = user.IsAdmin, IsDisabled = user.IsDisabled, Language = user.Language,
            SecurityStamp = NewStamp(), CreatedAt = now, UpdatedAt = now,
            Departments = ValidDepartments(user.Departments).Select(d => new UserDepartment { Department = d }).ToList(),
        };
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            context.Users.Add(row);
            try
            {
                // The user and the memberships in one statement batch and transaction.
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
            {
                return null;
            }
        }

        return await FindByIdAsync(row.Id, cancellationToken);
    }

    public async Task UpdateProfileAsync(long id, string displayName, string? email, bool isAdmin, IReadOnlyList<string> departments, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.DisplayName, displayName)
            .SetProperty(u => u.Email, email)
            .SetProperty(u => u.IsAdmin, isAdmin)
            .SetProperty(u => u.UpdatedAt, now), cancellationToken);
        await context.UserDepartments.Where(d => d.UserId == id).ExecuteDeleteAsync(cancellationToken);
        context.UserDepartments.AddRange(ValidDepartments(departments).Select(d => new UserDepartment { UserId = id, Department = d }));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Changed?.Invoke(id);
    }

    /// <summary>Sets a new password hash, clears any lockout and signs the user out everywhere (new security stamp).</summary>
    public async Task SetPasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken)
    {
        var (stamp, now) = (NewStamp(), clock.GetUtcNow());
        await UpdateAsync(id, s => s
            .SetProperty(u => u.PasswordHash, passwordHash)
            .SetProperty(u => u.FailedAttempts, 0)
            .SetProperty(u => u.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(u => u.SecurityStamp, stamp)
            .SetProperty(u => u.UpdatedAt, now), cancellationToken);
    }

    public async Task SetDisabledAsync(long id, bool disabled, CancellationToken cancellationToken)
    {
        var (stamp, now) = (NewStamp(), clock.GetUtcNow());
        await UpdateAsync(id, s => s
            .SetProperty(u => u.IsDisabled, disabled)
            .SetProperty(u => u.SecurityStamp, stamp)
            .SetProperty(u => u.UpdatedAt, now), cancellationToken);
    }

    public async Task SetLanguageAsync(long id, string language, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await UpdateAsync(id, s => s.SetProperty(u => u.Language, language).SetProperty(u => u.UpdatedAt, now), cancellationToken);
    }

    /// <summary>
    /// Counts a sign-in attempt before its password is checked, in one atomic update: the counter goes up by one
    /// (starting afresh after a lockout that has run out) and the attempt that reaches <paramref name="maxFailedAttempts"/>
    /// locks the account right there. Returns the attempt's number, or null when the account is locked (or gone), in which
    /// case the password must not be checked. Parallel attempts each get a number of their own, so no more than
    /// <paramref name="maxFailedAttempts"/> passwords are ever checked before the lock.
    /// </summary>
    internal async Task<int?> CountAttemptAsync(long id, int maxFailedAttempts, TimeSpan lockout, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? lockedUntil = now + lockout;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Both right-hand sides read the row as it was before this statement.
        var counted = await context.Users
            .Where(u => u.Id == id && (u.LockedUntil == null || u.LockedUntil <= now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.FailedAttempts, u => u.LockedUntil == null ? u.FailedAttempts + 1 : 1)
                .SetProperty(u => u.LockedUntil, u => (u.LockedUntil == null ? u.FailedAttempts + 1 : 1) >= maxFailedAttempts ? lockedUntil : null),
                cancellationToken);
        if (counted == 0)
        {
            return null;
        }

        // The row stays write-locked by this transaction, so this reads the number this attempt set.
        var attempt = await context.Users.Where(u => u.Id == id).Select(u => u.FailedAttempts).SingleAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return attempt;
    }

    /// <summary>A right password: the count of failed attempts and any lock end; a better hash replaces the old one.</summary>
    internal Task RecordSuccessAsync(long id, string? rehashedPassword, CancellationToken cancellationToken) =>
        UpdateAsync(id, s =>
        {
            s.SetProperty(u => u.FailedAttempts, 0).SetProperty(u => u.LockedUntil, (DateTimeOffset?)null);
            if (rehashedPassword is not null)
            {
                s.SetProperty(u => u.PasswordHash, rehashedPassword);
            }
        }, cancellationToken);

    /// <summary>An administrator ends a lockout.</summary>
    internal Task UnlockAsync(long id, CancellationToken cancellationToken) =>
        UpdateAsync(id, s => s.SetProperty(u => u.FailedAttempts, 0).SetProperty(u => u.LockedUntil, (DateTimeOffset?)null), cancellationToken);

    private async Task UpdateAsync(long id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<User>> setters, CancellationToken cancellationToken)
    {
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await context.Users.Where(u => u.Id == id).ExecuteUpdateAsync(setters, cancellationToken);
        }

        Changed?.Invoke(id);
    }

    private static async Task<List<AppUser>> LoadAsync(HappyButtonsDbContext context, IQueryable<User> users, CancellationToken cancellationToken)
    {
        var rows = await users.AsNoTracking().ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var memberships = (await (
                from membership in context.UserDepartments
                join department in context.Departments on membership.Department equals department.Code
                where ids.Contains(membership.UserId)
                orderby department.SortOrder
                select new { membership.UserId, membership.Department })
            .ToListAsync(cancellationToken)).ToLookup(m => m.UserId, m => m.Department);
        return rows.Select(r => ToUser(r, memberships[r.Id].ToList())).ToList();
    }

    private static AppUser ToUser(User row, IReadOnlyList<string> departments) => new()
    {
        Id = row.Id, UserName = row.UserName, DisplayName = row.DisplayName, Email = row.Email, PasswordHash = row.PasswordHash,
        IsAdmin = row.IsAdmin, IsDisabled = row.IsDisabled, Language = row.Language, FailedAttempts = row.FailedAttempts,
        LockedUntil = row.LockedUntil, SecurityStamp = row.SecurityStamp, Departments = departments,
    };

    private static IEnumerable<string> ValidDepartments(IEnumerable<string> departments) => departments.Where(Departments.IsValid).Distinct();

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}

/// <summary>What the administration's user table asks for: a search, a department, an order and a page (1-based).</summary>
public sealed record UserFilter(string? Search = null, string? Department = null, UserSort Sort = UserSort.UserName, bool Descending = false, int Page = 1, int PageSize = 25);

public enum UserSort { UserName, DisplayName }

public sealed record UserPage(IReadOnlyList<AppUser> Items, int Total);
