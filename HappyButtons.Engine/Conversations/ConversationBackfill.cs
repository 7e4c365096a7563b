using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using System.Text.Json;

namespace HappyButtons.Engine.Conversations;

/// <summary>
/// At start, mail processed before conversations existed (or by a node of the earlier release) joins conversations
/// the same way new mail does, oldest first, in batches; a message already in one is left alone, so it runs to an
/// end once and then finds nothing. Archived mail is not backfilled (it makes no work).
/// </summary>
public sealed class ConversationBackfill(
    IDbContextFactory<HappyButtonsDbContext> contexts,
    DatabaseWriteGate writeGate,
    TimeProvider clock,
    ILogger<ConversationBackfill> logger) : IInstallationStep
{
    public const int BatchSize = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        long after = 0;
        while (true)
        {
            var (placed, last) = await BatchAsync(after, cancellationToken);
            if (last is null)
            {
                break;
            }

            total += placed;
            after = last.Value;
        }

        if (total > 0)
        {
            logger.LogInformation("Put {Count} earlier message(s) into conversations", total);
        }
    }

    private async Task<(int Placed, long? Last)> BatchAsync(long after, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.Messages.AsNoTracking()
            .Where(m => m.Id > after && !m.Archived && (m.Status == MessageStatus.Processed || m.Status == MessageStatus.NeedsReview)
                        && !context.ConversationEntries.Any(e => e.MessageId == m.Id))
            .OrderBy(m => m.Id).Take(BatchSize)
            .Select(m => new Message
            {
                Id = m.Id, Mailbox = m.Mailbox, SourceId = m.SourceId, ContentHash = m.ContentHash, MessageIdHeader = m.MessageIdHeader,
                ReceivedAt = m.ReceivedAt, FromAddress = m.FromAddress, FromName = m.FromName, ToAddresses = m.ToAddresses, ReplyTo = m.ReplyTo,
                Subject = m.Subject, InReplyTo = m.InReplyTo, Headers = m.Headers, Department = m.Department, Archived = m.Archived,
                Classification = m.Classification, Routing = m.Routing,
            }).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return (0, null);
        }

        var now = clock.GetUtcNow();
        var placed = 0;
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in rows)
        {
            var keys = new ThreadKeys(ConversationThreading.Ids([row.InReplyTo, .. References(row.Headers)]), TicketNumber.Find(row.Subject), []);
            if (ConversationThreading.Place(context, row, keys, now) is not null)
            {
                placed++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (placed, rows[^1].Id);
    }

    /// <summary>The References header out of the stored header list ([name, value] pairs).</summary>
    private static IEnumerable<string> References(string? headers)
    {
        if (headers is null)
        {
            return [];
        }

        try
        {
            var pairs = JsonSerializer.Deserialize<List<string[]>>(headers) ?? [];
            return pairs.Where(p => p.Length == 2 && p[0].Equals("References", StringComparison.OrdinalIgnoreCase))
                .SelectMany(p => p[1].Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries)).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
