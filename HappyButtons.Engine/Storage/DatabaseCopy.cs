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
/// outgoing mail is given new delivery jobs by the outbox sweep at the next start). Every table of the model is copied
/// except <see cref="NotCopied"/>; a test holds both lists against the model, so a new table cannot be forgotten.
/// </summary>
public sealed class DatabaseCopy(ILogger<DatabaseCopy> logger)
{
    private const int BatchSize = 1000;

    /// <summary>Tables deliberately left behind, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotCopied { get; } = new Dictionary<string, string>
    {
        ["departments"] = "the four departments are created by the target's migration",
        ["user_sessions"] = "sign-in sessions end with the move: everyone signs in again",
        ["sign_in_throttles"] = "lockout counters of failed sign-ins start afresh",
    };

    /// <summary>Tables copied together with the table named first (an aggregate's parts).</summary>
    public static IReadOnlyDictionary<string, string[]> CopiedWith { get; } = new Dictionary<string, string[]>
    {
        ["users"] = ["user_departments"],
        ["customers"] = ["contacts"],
        ["orders"] = ["order_lines", "order_transitions"],
        ["agent_tasks"] = ["agent_proposals"],
        ["reply_templates"] = ["reply_template_versions"],
    };

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

        var tables = new List<(string, int)>();
        foreach (var (table, copy) in Steps)
        {
            tables.Add((table, await copy(source, target, cancellationToken)));
        }

        await using (var context = await target.CreateDbContextAsync(cancellationToken))
        {
            // The job ids belong to the source's job store: without one, the outbox sweep gives queued mail a new job.
            await context.OutgoingMail.ExecuteUpdateAsync(set => set.SetProperty(m => m.JobId, (string?)null), cancellationToken);
            if (context.Database.IsNpgsql())
            {
                foreach (var table in GeneratedIdTables(context))
                {
                    // Identity columns generate from their sequence; after explicit ids, it must start past the largest one.
                    // The table names come from the model, never from input.
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

    /// <summary>The names of the tables <see cref="CopyAsync"/> copies, in its order, with the parts copied along.</summary>
    public static IReadOnlyList<string> CopiedTables =>
        Steps.Select(s => s.Table).SelectMany(t => (string[])[t, .. CopiedWith.GetValueOrDefault(t) ?? []]).ToList();

    /// <summary>Copies one table from the source to the target; returns the rows copied.</summary>
    private delegate Task<int> CopyStep(IDbContextFactory<HappyButtonsDbContext> source, IDbContextFactory<HappyButtonsDbContext> target,
        CancellationToken cancellationToken);

    private static CopyStep All<T>(Func<HappyButtonsDbContext, IQueryable<T>> query) where T : class =>
        (source, target, cancellationToken) => CopyAsync(source, target, query, cancellationToken);

    /// <summary>Every table in the order of its references: a row is copied after the rows it points to.</summary>
    private static readonly (string Table, CopyStep Copy)[] Steps =
    [
        ("users", All(c => c.Users.Include(u => u.Departments).OrderBy(u => u.Id))),
        ("api_keys", All(c => c.ApiKeys.OrderBy(k => k.Id))),
        ("sign_ins", All(c => c.SignIns.OrderBy(s => s.Id))),
        ("audit_log", All(c => c.AuditLog.OrderBy(a => a.Id))),
        ("mailboxes", (source, target, cancellationToken) =>
            ReplaceAsync(source, target, c => c.Mailboxes.OrderBy(m => m.Department), c => c.Mailboxes, cancellationToken)),
        ("oauth_tokens", All(c => c.OAuthTokens.OrderBy(t => t.TokenKey))),
        ("customers", All(c => c.Customers.Include(x => x.Contacts).OrderBy(x => x.Number))),
        ("products", All(c => c.Products.OrderBy(p => p.Id))),
        ("customer_prices", All(c => c.CustomerPrices.OrderBy(p => p.Id))),
        ("product_aliases", All(c => c.ProductAliases.OrderBy(a => a.Id))),
        ("routing_rules", All(c => c.RoutingRules.OrderBy(r => r.Id))),
        ("sla_policies", All(c => c.SlaPolicies.OrderBy(p => p.Name))),
        ("sla_calendar", All(c => c.SlaCalendar.OrderBy(x => x.Id))),
        ("messages", All(c => c.Messages.OrderBy(m => m.Id))),
        ("message_attachments", All(c => c.MessageAttachments.OrderBy(a => a.Id))),
        ("training_examples", All(c => c.TrainingExamples.OrderBy(t => t.Id))),
        ("escalations", All(c => c.Escalations.OrderBy(e => e.Id))),
        ("outgoing_mail", All(c => c.OutgoingMail.OrderBy(m => m.Id))),
        ("user_roles", All(c => c.UserRoles.OrderBy(r => r.UserId).ThenBy(r => r.Role))),
        ("orders", All(c => c.Orders.Include(o => o.Lines).Include(o => o.Transitions).OrderBy(o => o.Id))),
        ("order_documents", All(c => c.OrderDocuments.OrderBy(d => d.Id))),
        ("credit_note_lines", All(c => c.CreditNoteLines.OrderBy(l => l.Id))),
        ("number_sequences", All(c => c.NumberSequences.OrderBy(n => n.Name))),
        ("conversations", All(c => c.Conversations.OrderBy(x => x.Id))),
        ("conversation_entries", All(c => c.ConversationEntries.OrderBy(e => e.Id))),
        ("conversation_reads", All(c => c.ConversationReads.OrderBy(r => r.ConversationId).ThenBy(r => r.UserId))),
        ("agent_tasks", All(c => c.AgentTasks.Include(t => t.Proposals).OrderBy(t => t.Id))),
        ("agent_memory", All(c => c.AgentMemory.OrderBy(m => m.Scope).ThenBy(m => m.Key))),
        ("knowledge_articles", All(c => c.KnowledgeArticles.OrderBy(a => a.Id))),
        ("knowledge_feedback", All(c => c.KnowledgeFeedback.OrderBy(f => f.Id))),
        ("reply_templates", All(c => c.ReplyTemplates.Include(t => t.Versions).OrderBy(t => t.Id))),
        ("kpi_snapshots", All(c => c.KpiSnapshots.OrderBy(s => s.Id))),
        ("survey_responses", All(c => c.SurveyResponses.OrderBy(s => s.Id))),
    ];

    /// <summary>Tables whose key is a generated <c>id</c> column (PostgreSQL identity).</summary>
    private static IEnumerable<string> GeneratedIdTables(HappyButtonsDbContext context) =>
        context.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && e.FindPrimaryKey() is { Properties: [{ ValueGenerated: Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd } key] }
                        && key.GetColumnName() == "id" && key.ClrType == typeof(long))
            .Select(e => e.GetTableName()!)
            .Where(t => !NotCopied.ContainsKey(t))
            .Distinct();

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
