using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Orders;

/// <summary>The order roles of stored users, and the extra roles (production, warehouse) administrators give them.</summary>
public sealed class OrderActors(IDbContextFactory<HappyButtonsDbContext> contexts, Audit.AuditLog audit)
{
    /// <summary>The user as an order actor, read from the database now (a role taken a second ago counts); null when disabled or gone.</summary>
    public async Task<OrderActor?> ForUserAsync(long userId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await context.Users.AsNoTracking().Include(u => u.Departments).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        var extra = await context.UserRoles.AsNoTracking().Where(r => r.UserId == userId).Select(r => r.Role).ToListAsync(cancellationToken);
        return new OrderActor(user.UserName, OrderRoles.Of(user.Departments.Select(d => d.Department), user.IsAdmin, extra));
    }

    public async Task<IReadOnlyList<string>> ExtraRolesAsync(long userId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.UserRoles.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Role).Select(r => r.Role).ToListAsync(cancellationToken);
    }

    /// <summary>Gives the user exactly these extra roles (of <see cref="OrderRoles.Assignable"/>), audited.</summary>
    public async Task SetExtraRolesAsync(long userId, IEnumerable<string> roles, string actor, CancellationToken cancellationToken)
    {
        var wanted = roles.Where(r => OrderRoles.Assignable.Contains(r)).Distinct().Order(StringComparer.Ordinal).ToList();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var userName = await context.Users.Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"There is no user {userId}.");
        await context.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        context.UserRoles.AddRange(wanted.Select(r => new UserRole { UserId = userId, Role = r }));
        audit.Add(context, actor, "user.roles", Identity.UserAdministration.Target(userId), userName + ": " + (wanted.Count == 0 ? "none" : string.Join(", ", wanted)));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
