using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>A department of the company: info, sales, support, finance.</summary>
public sealed class Department
{
    public required string Code { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A person who signs in; departments they belong to, and what guards their account.</summary>
public sealed class User
{
    public long Id { get; set; }
    public required string UserName { get; set; }
    public required string NormalizedName { get; set; }
    public required string DisplayName { get; set; }
    public string? Email { get; set; }
    public required string PasswordHash { get; set; }
    public bool IsAdmin { get; set; }
    public bool IsDisabled { get; set; }
    public string Language { get; set; } = "de";
    public int FailedAttempts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public required string SecurityStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<UserDepartment> Departments { get; set; } = [];
}

public sealed class UserDepartment
{
    public long UserId { get; set; }
    public required string Department { get; set; }
}

/// <summary>An API key; only its hash is stored.</summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public required string KeyPrefix { get; set; }
    public bool IsAdmin { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>One sign-in attempt, successful or not.</summary>
public sealed class SignIn
{
    public long Id { get; set; }
    public long? UserId { get; set; }
    public string? Department { get; set; }
    public bool Succeeded { get; set; }
    public required string Reason { get; set; }
    public string? RemoteIp { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>
/// A signed-in browser session. Created at sign-in; the cookie names it by a random token of which only the hash is
/// stored. Every request and every open circuit checks it is still open: sign-out, a disabled account, a new password or
/// an administrator ends it (<see cref="EndedAt"/>), and a session idle for longer than the cookie lives is over too.
/// </summary>
public sealed class UserSession
{
    public long Id { get; set; }
    public required string TokenHash { get; set; }
    public long UserId { get; set; }
    public string? Department { get; set; }
    public string? RemoteIp { get; set; }
    public string? UserAgent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndReason { get; set; }
}

/// <summary>
/// Failed sign-ins of one account from one client address, and the lock they caused. It locks the account for that
/// address only, so guesses from elsewhere cannot keep its owner out; the account-wide counter on <see cref="User"/>
/// has a higher threshold.
/// </summary>
public sealed class SignInThrottle
{
    public long UserId { get; set; }
    public required string ClientAddress { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset LastAttemptAt { get; set; }
}

/// <summary>One administrative change: who did what to which target, and when.</summary>
public sealed class AuditLogEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public string? Details { get; set; }
}

internal sealed class IdentityConfiguration :
    IEntityTypeConfiguration<Department>, IEntityTypeConfiguration<User>, IEntityTypeConfiguration<UserDepartment>,
    IEntityTypeConfiguration<ApiKey>, IEntityTypeConfiguration<SignIn>, IEntityTypeConfiguration<AuditLogEntry>,
    IEntityTypeConfiguration<UserSession>, IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<Department> department)
    {
        department.ToTable("departments").HasKey(d => d.Code);
        department.HasData(
            new Department { Code = "info", SortOrder = 1 }, new Department { Code = "sales", SortOrder = 2 },
            new Department { Code = "support", SortOrder = 3 }, new Department { Code = "finance", SortOrder = 4 });
    }

    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.HasIndex(u => u.NormalizedName).IsUnique();
        user.HasMany(u => u.Departments).WithOne().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<UserDepartment> membership)
    {
        membership.ToTable("user_departments").HasKey(d => new { d.UserId, d.Department });
        membership.HasOne<Department>().WithMany().HasForeignKey(d => d.Department).OnDelete(DeleteBehavior.NoAction);
    }

    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("api_keys");
        key.HasIndex(k => k.KeyHash).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SignIn> signIn)
    {
        signIn.ToTable("sign_ins");
        signIn.HasIndex(s => s.At).HasDatabaseName("ix_sign_ins_at");
        signIn.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<AuditLogEntry> entry)
    {
        entry.ToTable("audit_log");
        entry.HasIndex(e => e.At).HasDatabaseName("ix_audit_log_at");
    }

    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.ToTable("user_sessions");
        session.HasIndex(s => s.TokenHash).IsUnique();
        session.HasIndex(s => new { s.UserId, s.EndedAt }).HasDatabaseName("ix_user_sessions_user");
        session.Property(s => s.TokenHash).HasMaxLength(64);
        session.Property(s => s.UserAgent).HasMaxLength(200);
        session.Property(s => s.RemoteIp).HasMaxLength(64);
        session.Property(s => s.EndReason).HasMaxLength(32);
        session.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SignInThrottle> throttle)
    {
        throttle.ToTable("sign_in_throttles").HasKey(t => new { t.UserId, t.ClientAddress });
        throttle.Property(t => t.ClientAddress).HasMaxLength(64);
        throttle.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
