using System.Data.Common;
using Dapper;
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
/// One mail for <see cref="MessageIngest.IngestManyAsync"/>: where it came from and its raw bytes; <paramref name="File"/>
/// names the file holding exactly those bytes when there is one (a Maildir message), so the raw store can link it.
/// </summary>
public sealed record IngestItem(IngestRequest Request, Stream Raw, string? File = null);

/// <summary>
/// The durable first step of the pipeline: raw bytes to disk (content-addressed), then one transaction that
/// records the message as <c>received</c> — the message table is the processing queue — committed to disk. Only after this returns may the source be
/// acknowledged. Repeating it for the same source or the same bytes yields the existing message, never a second one.
/// Mail arriving together is ingested together (<see cref="IngestManyAsync"/>): the disk flushes and the transaction
/// are shared, and a processing worker is woken to claim them.
/// </summary>
public sealed class MessageIngest(
    IDbConnectionFactory connections,
    RawMailStore rawStore,
    ProcessingSignal processing,
    DatabaseWriteGate writeGate,
    TimeProvider clock,
    ILogger<MessageIngest> logger)
{
    /// <summary>Mail ingested, and then claimed for processing, as one group: enough to share the costs, small enough to keep mail moving.</summary>
    public const int GroupSize = 64;

    /// <summary>
    /// Bytes that close a group early: processing holds a group's mails in memory together, so large mail travels in
    /// small groups (a mail larger than this is a group of its own).
    /// </summary>
    public const long GroupBytes = 16 * 1024 * 1024;

    /// <summary>Splits mail, in order, into groups of at most <see cref="GroupSize"/> mails and <see cref="GroupBytes"/> bytes.</summary>
    public static IEnumerable<T[]> Groups<T>(IEnumerable<T> items, Func<T, long> size)
    {
        var group = new List<T>(GroupSize);
        long bytes = 0;
        foreach (var item in items)
        {
            if (group.Count > 0 && (group.Count == GroupSize || bytes + size(item) > GroupBytes))
            {
                yield return [.. group];
                group.Clear();
                bytes = 0;
            }

            group.Add(item);
            bytes += size(item);
        }

        if (group.Count > 0)
        {
            yield return [.. group];
        }
    }

    public async Task<IngestResult> IngestAsync(IngestRequest request, Stream raw, CancellationToken cancellationToken) =>
        (await IngestManyAsync([new IngestItem(request, raw)], cancellationToken))[0];

    /// <summary>Ingests a group of mails; the results are in the order of <paramref name="items"/>. All or none are stored.</summary>
    public async Task<IReadOnlyList<IngestResult>> IngestManyAsync(IReadOnlyList<IngestItem> items, CancellationToken cancellationToken)
    {
        var results = new IngestResult[items.Count];
        // Mail whose source is known already (re-delivered after a crash before the acknowledgement) is stored again
        // harmlessly — the store is content-addressed — and answered DuplicateSource in the transaction below.
        var blobs = await rawStore.StoreManyAsync(items.Select(item => new BlobSource(item.Raw, item.File)).ToList(), cancellationToken);
        var stored = new List<long>(items.Count);
        await using (var db = await connections.OpenAsync(cancellationToken))
        {
            using var turn = await writeGate.EnterAsync(cancellationToken);
            // Only for this connection, until it is opened again (the factory sets the default on every open).
            await db.ExecuteAsync(new CommandDefinition(connections.Dialect.DurableCommits, cancellationToken: cancellationToken));
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < items.Count; i++)
            {
                results[i] = await RecordAsync(db, transaction, items[i].Request, blobs[i], cancellationToken);
                if (results[i].Outcome == IngestOutcome.Stored)
                {
                    stored.Add(results[i].MessageId);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (stored.Count > 0)
        {
            processing.Wake();
        }

        return results;
    }

    private async Task<IngestResult> RecordAsync(DbConnection db, DbTransaction transaction, IngestRequest request, StoredBlob blob, CancellationToken cancellationToken)
    {
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
        return new IngestResult(IngestOutcome.Stored, id);
    }

    private static Task<long?> FindBySourceAsync(DbConnection connection, DbTransaction? transaction, IngestRequest request, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM messages WHERE mailbox = @Mailbox AND source_id = @SourceId",
            new { request.Mailbox, request.SourceId }, transaction, cancellationToken: cancellationToken));
}
