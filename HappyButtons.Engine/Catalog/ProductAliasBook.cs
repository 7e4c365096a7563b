using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Catalog;

/// <summary>An alias as a page shows it.</summary>
public sealed record AliasEntry(long Id, string CustomerNumber, string CustomerName, string AliasCode, string Source, string? LearntBy, DateTimeOffset LearntAt);

/// <summary>How an alias was saved: added, moved from another product (a correction), already so, or refused (with why).</summary>
public enum AliasOutcome { Added, Moved, Unchanged, Refused }

public sealed record AliasResult(AliasOutcome Outcome, string? Error = null, string? PreviousSku = null);

/// <summary>
/// The customers' own article numbers for our products. Entered by an administrator, or learnt when a clerk corrects an
/// extracted order line: "their 73-4410-200 is our HB-9001" is remembered, so the next purchase order reads it right.
/// </summary>
public sealed class ProductAliasBook(IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect, AuditLog audit, TimeProvider clock)
{
    public const int MaxCodeLength = 60;

    /// <summary>An alias as stored and compared: trimmed, inner white space collapsed, upper-case.</summary>
    public static string NormalizeCode(string code) => string.Join(' ', code.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public async Task<IReadOnlyList<AliasEntry>> OfProductAsync(string sku, CancellationToken cancellationToken)
    {
        var key = ProductRules.NormalizeSku(sku);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from alias in context.ProductAliases.AsNoTracking()
                      join product in context.Products on alias.ProductId equals product.Id
                      join customer in context.Customers on alias.CustomerNumber equals customer.Number
                      where product.Sku == key
                      orderby alias.CustomerNumber, alias.AliasCode
                      select new AliasEntry(alias.Id, alias.CustomerNumber, customer.Name, alias.AliasCode, alias.Source, alias.LearntBy, alias.LearntAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The product a customer means by their own article number, or null.</summary>
    public async Task<Product?> ResolveAsync(string customerNumber, string code, CancellationToken cancellationToken)
    {
        var key = NormalizeCode(code);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from alias in context.ProductAliases.AsNoTracking()
                      join product in context.Products on alias.ProductId equals product.Id
                      where alias.CustomerNumber == customerNumber && alias.AliasCode == key
                      select product).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>An administrator adds an alias; refused when the customer already uses the code for another product.</summary>
    public Task<AliasResult> AddAsync(string customerNumber, string code, string sku, string actor, CancellationToken cancellationToken) =>
        SaveAsync(customerNumber, code, sku, "admin", actor, move: false, cancellationToken);

    /// <summary>
    /// Learns from a clerk's correction of an order line (the order form from a purchase order calls it through
    /// <see cref="Orders.PurchaseOrderIntake"/>; an agent's order draft edited by a person can call it directly): the customer's code means <paramref name="sku"/>. A code that
    /// pointed at another product is moved (the clerk's correction is the latest word) and the move audited.
    /// </summary>
    public Task<AliasResult> LearnAsync(string customerNumber, string code, string sku, string actor, CancellationToken cancellationToken) =>
        SaveAsync(customerNumber, code, sku, "correction", actor, move: true, cancellationToken);

    public async Task<bool> RemoveAsync(string sku, long aliasId, string actor, CancellationToken cancellationToken)
    {
        var key = ProductRules.NormalizeSku(sku);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var alias = await (from a in context.ProductAliases
                           join product in context.Products on a.ProductId equals product.Id
                           where a.Id == aliasId && product.Sku == key
                           select a).SingleOrDefaultAsync(cancellationToken);
        if (alias is null)
        {
            return false;
        }

        context.ProductAliases.Remove(alias);
        audit.Add(context, actor, "product.alias.remove", CatalogStore.Target(key), $"{alias.CustomerNumber}: {alias.AliasCode}");
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<AliasResult> SaveAsync(string customerNumber, string code, string sku, string source, string actor, bool move,
        CancellationToken cancellationToken)
    {
        var alias = NormalizeCode(code ?? "");
        var key = ProductRules.NormalizeSku(sku);
        var customer = customerNumber.Trim();
        if (alias.Length is 0 or > MaxCodeLength)
        {
            return new AliasResult(AliasOutcome.Refused, $"The customer's article number must have 1 to {MaxCodeLength} characters.");
        }

        if (string.Equals(alias, key, StringComparison.Ordinal))
        {
            return new AliasResult(AliasOutcome.Refused, "The customer's article number is our own SKU; no alias is needed.");
        }

        try
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var product = await context.Products.SingleOrDefaultAsync(p => p.Sku == key, cancellationToken);
            if (product is null)
            {
                return new AliasResult(AliasOutcome.Refused, $"There is no product {key}.");
            }

            // Our own SKUs are read before aliases: an alias spelt like one of them would never be used.
            if (await context.Products.AnyAsync(p => p.Sku == alias, cancellationToken))
            {
                return new AliasResult(AliasOutcome.Refused, $"{alias} is one of our own SKUs; it cannot mean another product.");
            }

            if (!await context.Customers.AnyAsync(c => c.Number == customer, cancellationToken))
            {
                return new AliasResult(AliasOutcome.Refused, $"There is no customer {customer}.");
            }

            var row = await context.ProductAliases.SingleOrDefaultAsync(a => a.CustomerNumber == customer && a.AliasCode == alias, cancellationToken);
            string? previous = null;
            if (row is not null)
            {
                if (row.ProductId == product.Id)
                {
                    return new AliasResult(AliasOutcome.Unchanged);
                }

                previous = await context.Products.Where(p => p.Id == row.ProductId).Select(p => p.Sku).SingleAsync(cancellationToken);
                if (!move)
                {
                    return new AliasResult(AliasOutcome.Refused, $"Customer {customer} already uses {alias} for {previous}.", previous);
                }

                row.ProductId = product.Id;
            }
            else
            {
                row = new ProductAlias { CustomerNumber = customer, AliasCode = alias, ProductId = product.Id, Source = source };
                context.ProductAliases.Add(row);
            }

            row.Source = source;
            row.LearntBy = actor;
            row.LearntAt = clock.GetUtcNow();
            audit.Add(context, actor, previous is null ? "product.alias.add" : "product.alias.move", CatalogStore.Target(key),
                previous is null ? $"{customer}: {alias} ({source})" : $"{customer}: {alias} moved from {previous} ({source})");
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AliasResult(previous is null ? AliasOutcome.Added : AliasOutcome.Moved, PreviousSku: previous);
        }
        catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
        {
            // The same code was saved by someone else a moment ago: that save stands.
            return new AliasResult(AliasOutcome.Refused, $"Customer {customer} has just been given {alias} by someone else; please reload.");
        }
    }
}
