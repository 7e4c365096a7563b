namespace HappyButtons.Engine.Identity;

/// <summary>A person who signs in. Passwords are only ever held as ASP.NET Core Identity hashes.</summary>
public sealed record AppUser
{
    public long Id { get; init; }
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    public string? Email { get; init; }
    public string PasswordHash { get; init; } = "";
    public bool IsAdmin { get; init; }
    public bool IsDisabled { get; init; }
    public string Language { get; init; } = "de";
    public int FailedAttempts { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public string SecurityStamp { get; init; } = "";
    public IReadOnlyList<string> Departments { get; init; } = [];

    public bool IsMemberOf(string department) => Departments.Contains(department);

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
