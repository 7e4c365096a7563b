using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Storage;

/// <summary>What was copied, table by table.</summary>
public sealed record DatabaseCopyResult(IReadOnlyList<(string Table, int Rows)> Tables)
{
    public int Rows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// Moves an installation from one database to another — from SQLite to PostgreSQL for the scale-out — with every record
/// and its id: the target is migrated first and must hold no data of its own; tables are copied in the order of their
/// references, in batches, each table in one transaction; PostgreSQL's identity sequences are moved past the copied ids.
/// Raw mail stays in the data directory (both databases refer to the same files); the job history is not copied (queued
/// outgoing mail is given new delivery jobs by the outbox sweep at the next start).
/// </summary>
public sealed class DatabaseCopy(ILogger<DatabaseCopy> logger)
{
    private const int BatchSize = 1000;

    public async Task<DatabaseCopyResult> CopyAsync(IDbContextFactory<HappyButtonsDbContext> source, IDbContextFactory<HappyButtonsDbContext> target,
        DatabaseMigrator targetMigrator, CancellationToken cancellationToken)
    {
        await targetMigrator.MigrateAsync(cancellationToken);
        await using (var check = await target.CreateDbContextAsync(cancellationToken))
        {
            if (await check.Users.AnyAsync(cancellationToken) || await check.Messages.AnyAsync(cancellationToken) || await check.Customers.AnyAsync(cancellationToken))
            {
                throw new InvalidOperationException("The target database already holds users, messages or customers; copy only into a new, empty database. Nothing was copied.");
            }
        }

        var tables = new List<(string, int)>
        {
            ("users", await CopyAsync(source, target, c => c.Users.Include(u => u.Departments).OrderBy(u => u.Id), cancellationToken)),
            ("api_keys", await CopyAsync(source, target, c => c.ApiKeys.OrderBy(k => k.Id), cancellationToken)),
            ("sign_ins", await CopyAsync(source, target, c => c.SignIns.OrderBy(s => s.Id), cancellationToken)),
            ("audit_log", await CopyAsync(source, target, c => c.AuditLog.OrderBy(a => a.Id), cancellationToken)),
            ("mailboxes", await ReplaceAsync(source, target, c => c.Mailboxes.OrderBy(m => m.Department), c => c.Mailboxes, cancellationToken)),
            ("oauth_tokens", await CopyAsync(source, target, c => c.OAuthTokens.OrderBy(t => t.TokenKey), cancellationToken)),
            ("customers", await CopyAsync(source, target, c => c.Customers.Include(x => x.Contacts).OrderBy(x => x.Number), cancellationToken)),
            ("products", await CopyAsync(source, target, c => c.Products.OrderBy(p => p.Id), cancellationToken)),
            ("customer_prices", await CopyAsync(source, target, c => c.CustomerPrices.OrderBy(p => p.Id), cancellationToken)),
            ("product_aliases", await CopyAsync(source, target, c => c.ProductAliases.OrderBy(a => a.Id), cancellationToken)),
            ("routing_rules", await CopyAsync(source, target, c => c.RoutingRules.OrderBy(r => r.Id), cancellationToken)),
            ("sla_policies", await CopyAsync(source, target, c => c.SlaPolicies.OrderBy(p => p.Name), cancellationToken)),
            ("sla_calendar", await CopyAsync(source, target, c => c.SlaCalendar.OrderBy(x => x.Id), cancellationToken)),
            ("messages", await CopyAsync(source, target, c => c.Messages.OrderBy(m => m.Id), cancellationToken)),
            ("message_attachments", await CopyAsync(source, target, c => c.MessageAttachments.OrderBy(a => a.Id), cancellationToken)),
            ("training_examples", await CopyAsync(source, target, c => c.TrainingExamples.OrderBy(t => t.Id), cancellationToken)),
            ("escalations", await CopyAsync(source, target, c => c.Escalations.OrderBy(e => e.Id), cancellationToken)),
            ("outgoing_mail", await CopyAsync(source, target, c => c.OutgoingMail.OrderBy(m => m.Id), cancellationToken)),
            ("user_roles", await CopyAsync(source, target, c => c.UserRoles.OrderBy(r => r.UserId).ThenBy(r => r.Role), cancellationToken)),
            ("orders", await CopyAsync(source, target, c => c.Orders.Include(o => o.Lines).Include(o => o.Transitions).OrderBy(o => o.Id), cancellationToken)),
            ("order_documents", await CopyAsync(source, target, c => c.OrderDocuments.OrderBy(d => d.Id), cancellationToken)),
            ("number_sequences", await CopyAsync(source, target, c => c.NumberSequences.OrderBy(n => n.Name), cancellationToken)),
        };

        await using (var context = await target.CreateDbContextAsync(cancellationToken))
        {
            // The job ids belong to the source's job store: without one, the outbox sweep gives queued mail a new job.
            await context.OutgoingMail.ExecuteUpdateAsync(set => set.SetProperty(m => m.JobId, (string?)null), cancellationToken);
            if (context.Database.IsNpgsql())
            {
                foreach (var table in new[] { "users", "api_keys", "sign_ins", "audit_log", "contacts", "products", "customer_prices", "product_aliases", "messages", "message_attachments", "training_examples", "escalations", "outgoing_mail", "orders", "order_lines", "order_transitions", "order_documents" })
                {
                    // Identity columns generate from their sequence; after explicit ids, it must start past the largest one.
                    // The table names are the fixed list above, never input.
#pragma warning disable EF1002
                    await context.Database.ExecuteSqlRawAsync(
                        $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)", cancellationToken);
#pragma warning restore EF1002
                }
            }
        }

        foreach (var (table, rows) in tables)
        {
            logger.LogInformation("Copied {Rows} row(s) of {Table}", rows, table);
        }

        return new DatabaseCopyResult(tables);
    }

    /// <summary>Copies every row of a query in batches, keeping the ids; the target's own seed rows of the table are replaced.</summary>
    private static async Task<int> CopyAsync<T>(IDbContextFactory<HappyButtonsDbContext> source, IDbContextFactory<HappyButtonsDbContext> target,
        Func<HappyButtonsDbContext, IQueryable<T>> query, CancellationToken cancellationToken) where T : class
    {
        var copied = 0;
        while (true)
        {
            List<T> batch;
            await using (var from = await source.CreateDbContextAsync(cancellationToken))
            {
                batch = await query(from).AsNoTracking().Skip(copied).Take(BatchSize).ToListAsync(cancellationToken);
            }

            if (batch.Count == 0)
            {
                return copied;
            }

            await using (var to = await target.CreateDbContextAsync(cancellationToken))
            {
                to.AddRange(batch);
                await to.SaveChangesAsync(cancellationToken);
            }

            copied += batch.Count;
        }
    }

    /// <summary>Rows the target created at its start (the four mailboxes) are replaced by the source's.</summary>
    private static async Task<int> ReplaceAsync<T>(IDbContextFactory<HappyButtonsDbContext> source, IDbContextFactory<HappyButtonsDbContext> target,
        Func<HappyButtonsDbContext, IQueryable<T>> query, Func<HappyButtonsDbContext, IQueryable<T>> existing, CancellationToken cancellationToken) where T : class
    {
        await using (var to = await target.CreateDbContextAsync(cancellationToken))
        {
            await existing(to).ExecuteDeleteAsync(cancellationToken);
        }

        return await CopyAsync(source, target, query, cancellationToken);
    }
}
