using System.Data.Common;
using Dapper;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Identity;

/// <summary>Users and their department memberships in our own tables.</summary>
public sealed class UserStore(IDbConnectionFactory connections, TimeProvider clock)
{
    private const string SelectUser =
        "SELECT id, user_name, display_name, email, password_hash, is_admin, is_disabled, language, failed_attempts, " +
        "locked_until, security_stamp FROM users";

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM users", cancellationToken: cancellationToken));
    }

    public async Task<AppUser?> FindByNameAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            SelectUser + " WHERE normalized_name = @Name", new { Name = Normalize(userName) }, cancellationToken: cancellationToken));
        return row is null ? null : await WithDepartmentsAsync(connection, row, cancellationToken);
    }

    public async Task<AppUser?> FindByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            SelectUser + " WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        return row is null ? null : await WithDepartmentsAsync(connection, row, cancellationToken);
    }

    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(SelectUser + " ORDER BY user_name", cancellationToken: cancellationToken));
        var memberships = (await connection.QueryAsync<(long UserId, string Department)>(new CommandDefinition(
                "SELECT ud.user_id, ud.department FROM user_departments ud JOIN departments d ON d.code = ud.department ORDER BY d.sort_order",
                cancellationToken: cancellationToken)))
            .ToLookup(m => m.UserId, m => m.Department);
        return rows.Select(r => r.ToUser(memberships[r.id].ToList())).ToList();
    }

    /// <summary>
    /// One page of the user list for the administration table: search over user name, display name and e-mail
    /// (case-insensitive for ASCII), optionally only members of a department, sorted in the database.
    /// </summary>
    public async Task<UserPage> PageAsync(UserFilter filter, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        var args = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            where.Add("(LOWER(user_name) LIKE @Pattern ESCAPE '\\' OR LOWER(display_name) LIKE @Pattern ESCAPE '\\' OR LOWER(COALESCE(email, '')) LIKE @Pattern ESCAPE '\\')");
            var escaped = filter.Search.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
            args.Add("Pattern", "%" + escaped + "%");
        }

        if (filter.Department is not null)
        {
            where.Add("EXISTS (SELECT 1 FROM user_departments ud WHERE ud.user_id = users.id AND ud.department = @Department)");
            args.Add("Department", filter.Department);
        }

        var clause = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        var direction = filter.Descending ? " DESC" : "";
        var order = filter.Sort switch
        {
            UserSort.DisplayName => "LOWER(display_name)" + direction + ", LOWER(user_name)",
            _ => "LOWER(user_name)" + direction,
        };
        args.Add("Limit", filter.PageSize);
        args.Add("Offset", (filter.Page - 1) * filter.PageSize);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM users" + clause, args, cancellationToken: cancellationToken));
        var rows = (await connection.QueryAsync<UserRow>(new CommandDefinition(
            SelectUser + clause + " ORDER BY " + order + ", id LIMIT @Limit OFFSET @Offset", args, cancellationToken: cancellationToken))).ToList();
        var ids = rows.Select(r => r.id).ToList();
        var memberships = (await connection.QueryAsync<(long UserId, string Department)>(new CommandDefinition(
                "SELECT ud.user_id, ud.department FROM user_departments ud JOIN departments d ON d.code = ud.department " +
                "WHERE ud.user_id IN @Ids ORDER BY d.sort_order", new { Ids = ids }, cancellationToken: cancellationToken)))
            .ToLookup(m => m.UserId, m => m.Department);
        return new UserPage(rows.Select(r => r.ToUser(memberships[r.id].ToList())).ToList(), total);
    }

    /// <summary>Creates the user; returns null when the user name is taken.</summary>
    public async Task<AppUser?> CreateAsync(AppUser user, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        long id;
        try
        {
            id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO users (user_name, normalized_name, display_name, email, password_hash, is_admin, is_disabled, language, " +
                "security_stamp, created_at, updated_at) VALUES (@UserName, @Normalized, @DisplayName, @Email, @PasswordHash, @IsAdmin, " +
                "@IsDisabled, @Language, @Stamp, @Now, @Now) " + connections.Dialect.ReturningId,
                new
                {
                    user.UserName, Normalized = Normalize(user.UserName), user.DisplayName, user.Email, user.PasswordHash,
                    user.IsAdmin, user.IsDisabled, user.Language, Stamp = NewStamp(), Now = now,
                },
                transaction, cancellationToken: cancellationToken));
        }
        catch (DbException e) when (connections.Dialect.IsUniqueViolation(e))
        {
            return null;
        }

        await SetDepartmentsAsync(connection, transaction, id, user.Departments, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await FindByIdAsync(id, cancellationToken);
    }

    public async Task UpdateProfileAsync(long id, string displayName, string? email, bool isAdmin, IReadOnlyList<string> departments, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET display_name = @DisplayName, email = @Email, is_admin = @IsAdmin, updated_at = @Now WHERE id = @Id",
            new { Id = id, DisplayName = displayName, Email = email, IsAdmin = isAdmin, Now = Now() },
            transaction, cancellationToken: cancellationToken));
        await SetDepartmentsAsync(connection, transaction, id, departments, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets a new password hash, clears any lockout and signs the user out everywhere (new security stamp).</summary>
    public Task SetPasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE users SET password_hash = @Value, failed_attempts = 0, locked_until = NULL, security_stamp = @Stamp, updated_at = @Now WHERE id = @Id",
            id, passwordHash, cancellationToken);

    public Task SetDisabledAsync(long id, bool disabled, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE users SET is_disabled = @Value, security_stamp = @Stamp, updated_at = @Now WHERE id = @Id", id, disabled, cancellationToken);

    public Task SetLanguageAsync(long id, string language, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE users SET language = @Value, updated_at = @Now WHERE id = @Id", id, language, cancellationToken);

    internal async Task RecordFailureAsync(long id, int failedAttempts, DateTimeOffset? lockedUntil, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET failed_attempts = @Failed, locked_until = @LockedUntil WHERE id = @Id",
            new { Id = id, Failed = failedAttempts, LockedUntil = lockedUntil?.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    internal async Task RecordSuccessAsync(long id, string? rehashedPassword, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET failed_attempts = 0, locked_until = NULL, password_hash = COALESCE(@Hash, password_hash) WHERE id = @Id",
            new { Id = id, Hash = rehashedPassword }, cancellationToken: cancellationToken));
    }

    private async Task ExecuteAsync(string sql, long id, object value, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Id = id, Value = value, Stamp = NewStamp(), Now = Now() }, cancellationToken: cancellationToken));
    }

    private static async Task SetDepartmentsAsync(DbConnection connection, DbTransaction transaction, long userId, IReadOnlyList<string> departments, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM user_departments WHERE user_id = @UserId", new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        foreach (var department in departments.Where(Identity.Departments.IsValid).Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO user_departments (user_id, department) VALUES (@UserId, @Department)",
                new { UserId = userId, Department = department }, transaction, cancellationToken: cancellationToken));
        }
    }

    private static async Task<AppUser> WithDepartmentsAsync(DbConnection connection, UserRow row, CancellationToken cancellationToken)
    {
        var departments = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT ud.department FROM user_departments ud JOIN departments d ON d.code = ud.department WHERE ud.user_id = @Id ORDER BY d.sort_order",
            new { Id = row.id }, cancellationToken: cancellationToken));
        return row.ToUser(departments.ToList());
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    // Column names as Dapper maps them; converted to the domain record once, here.
    private sealed record UserRow(long id, string user_name, string display_name, string? email, string password_hash, long is_admin,
        long is_disabled, string language, long failed_attempts, long? locked_until, string security_stamp)
    {
        public AppUser ToUser(IReadOnlyList<string> departments) => new()
        {
            Id = id, UserName = user_name, DisplayName = display_name, Email = email, PasswordHash = password_hash,
            IsAdmin = is_admin != 0, IsDisabled = is_disabled != 0, Language = language, FailedAttempts = (int)failed_attempts,
            LockedUntil = locked_until is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            SecurityStamp = security_stamp, Departments = departments,
        };
    }
}

/// <summary>What the administration's user table asks for: a search, a department, an order and a page (1-based).</summary>
public sealed record UserFilter(string? Search = null, string? Department = null, UserSort Sort = UserSort.UserName, bool Descending = false, int Page = 1, int PageSize = 25);

public enum UserSort { UserName, DisplayName }

public sealed record UserPage(IReadOnlyList<AppUser> Items, int Total);
