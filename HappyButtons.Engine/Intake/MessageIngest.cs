using System.Data.Common;
using Dapper;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Intake;

/// <param name="Mailbox">The department code of the mailbox the mail arrived in.</param>
/// <param name="SourceId">Identity at the source: a Maildir file name, <c>imap:&lt;uidvalidity&gt;:&lt;uid&gt;</c>, or <c>api:&lt;guid&gt;</c>.</param>
public sealed record IngestRequest(string Mailbox, string SourceId, DateTimeOffset? ReceivedAt = null);

public enum IngestOutcome
{
    /// <summary>New: stored and queued for processing.</summary>
    Stored,
    /// <summary>This source identity was ingested before (a re-delivery after a crash before the acknowledgement).</summary>
    DuplicateSource,
    /// <summary>The same bytes arrived before under another source identity (e.g. after a UIDVALIDITY reset).</summary>
    DuplicateContent,
}

public sealed record IngestResult(IngestOutcome Outcome, long MessageId);

/// <summary>
/// The durable first step of the pipeline: raw bytes to disk (content-addressed), then one transaction that
/// records the message and queues its processing job. Only after this returns may the source be acknowledged.
/// Repeating it for the same source or the same bytes yields the existing message, never a second one.
/// </summary>
public sealed class MessageIngest(
    IDbConnectionFactory connections,
    RawMailStore rawStore,
    JobQueue jobs,
    DatabaseWriteGate writeGate,
    TimeProvider clock,
    ILogger<MessageIngest> logger)
{
    public const string ProcessKind = "mail.process";

    public async Task<IngestResult> IngestAsync(IngestRequest request, Stream raw, CancellationToken cancellationToken)
    {
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            if (await FindBySourceAsync(connection, null, request, cancellationToken) is { } existing)
            {
                return new IngestResult(IngestOutcome.DuplicateSource, existing);
            }
        }

        var blob = await rawStore.StoreAsync(raw, cancellationToken);
        await using var db = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (await FindBySourceAsync(db, transaction, request, cancellationToken) is { } raced)
        {
            return new IngestResult(IngestOutcome.DuplicateSource, raced);
        }

        var sameBytes = await db.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM messages WHERE content_hash = @Hash ORDER BY id LIMIT 1", new { blob.Hash }, transaction, cancellationToken: cancellationToken));
        if (sameBytes is { } duplicate)
        {
            logger.LogInformation("Mail {SourceId} in {Mailbox} has the same content as message {MessageId}; not stored twice",
                request.SourceId, request.Mailbox, duplicate);
            return new IngestResult(IngestOutcome.DuplicateContent, duplicate);
        }

        var now = clock.GetUtcNow();
        var id = await db.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO messages (mailbox, source_id, content_hash, size, received_at, status, created_at, updated_at) " +
            "VALUES (@Mailbox, @SourceId, @Hash, @Size, @ReceivedAt, 'received', @Now, @Now) " + connections.Dialect.ReturningId,
            new
            {
                request.Mailbox, request.SourceId, blob.Hash, blob.Size,
                ReceivedAt = (request.ReceivedAt ?? now).ToUnixTimeMilliseconds(), Now = now.ToUnixTimeMilliseconds(),
            },
            transaction, cancellationToken: cancellationToken));
        await jobs.EnqueueAsync(db, transaction, ProcessKind, new ProcessMessagePayload(id),
            new EnqueueOptions { DedupeKey = $"{ProcessKind}:{id}" }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        jobs.Wake();
        return new IngestResult(IngestOutcome.Stored, id);
    }

    private static Task<long?> FindBySourceAsync(DbConnection connection, DbTransaction? transaction, IngestRequest request, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM messages WHERE mailbox = @Mailbox AND source_id = @SourceId",
            new { request.Mailbox, request.SourceId }, transaction, cancellationToken: cancellationToken));
}

/// <summary>Payload of the <see cref="MessageIngest.ProcessKind"/> job.</summary>
public sealed record ProcessMessagePayload(long MessageId);
