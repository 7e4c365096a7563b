using System.Data.Common;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Intake;

/// <param name="Mailbox">The department code of the mailbox the mail arrived in.</param>
/// <param name="SourceId">Identity at the source: a Maildir file name, <c>imap:&lt;uidvalidity&gt;:&lt;uid&gt;</c>, or <c>api:&lt;guid&gt;</c>.</param>
public sealed record IngestRequest(string Mailbox, string SourceId, DateTimeOffset? ReceivedAt = null);

public enum IngestOutcome
{
    /// <summary>New: stored, and processed with it unless that failed or is switched off (then queued for the workers).</summary>
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
/// The durable first step of the pipeline: raw bytes to disk (content-addressed), then one transaction that records the
/// message, committed to disk. Only after this returns may the source be acknowledged. Repeating it for the same source
/// or the same bytes yields the existing message, never a second one. Mail arriving together is ingested together
/// (<see cref="IngestManyAsync"/>): the disk flushes and the transaction are shared.
/// Each mail is written once (docs/jobs.md): it is processed from its bytes before the write turn
/// (<see cref="MessageProcessor.ProcessAtIngestAsync"/>) and inserted processed, with its conversation, in the same
/// transaction. A mail whose processing failed — or all of them when <see cref="ProcessingOptions.ProcessAtIngest"/> is
/// off — is recorded <c>received</c>: the message table is the processing queue, and a worker is woken to claim it.
/// </summary>
public sealed class MessageIngest(
    IDbContextFactory<HappyButtonsDbContext> contexts,
    ISqlDialect dialect,
    RawMailStore rawStore,
    MessageProcessor processor,
    ProcessingSignal processing,
    IOptions<ProcessingOptions> options,
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
        var arrived = clock.GetUtcNow();
        IReadOnlyList<ProcessedMessage?>? outcomes = null;
        IReadOnlyList<StoredBlob> blobs;
        if (options.Value.ProcessAtIngest)
        {
            var raws = new List<byte[]>(items.Count);
            foreach (var item in items)
            {
                raws.Add(await ReadAllAsync(item.Raw, cancellationToken));
            }

            // Mail whose source is known already (re-delivered after a crash before the acknowledgement) is stored again
            // harmlessly — the store is content-addressed — and answered DuplicateSource in the transaction below.
            blobs = await rawStore.StoreManyAsync(items.Select((item, i) => new BlobSource(RawMailStore.ReadOnlyStream(raws[i]), item.File)).ToList(),
                cancellationToken);
            outcomes = await processor.ProcessAtIngestAsync(
                items.Select((item, i) => new ArrivingMail(item.Request.Mailbox, item.Request.ReceivedAt ?? arrived, raws[i])).ToList(), cancellationToken);
        }
        else
        {
            blobs = await rawStore.StoreManyAsync(items.Select(item => new BlobSource(item.Raw, item.File)).ToList(), cancellationToken);
        }

        IngestResult[] results;
        try
        {
            results = await RecordAsync(items, blobs, outcomes, arrived, cancellationToken);
        }
        catch (Exception exception) when (outcomes is not null && exception is not OperationCanceledException)
        {
            // What processing wrote broke the save (a constraint, say): the mail is kept all the same, for the workers.
            logger.LogWarning(exception, "Saving {Count} arriving message(s) with their processing failed; they are stored for the workers to process",
                items.Count);
            outcomes = null;
            results = await RecordAsync(items, blobs, null, arrived, cancellationToken);
        }

        var processed = new List<MessageProcessor.Processed>();
        var queued = false;
        for (var i = 0; i < items.Count; i++)
        {
            if (results[i].Outcome != IngestOutcome.Stored)
            {
                continue;
            }

            if (outcomes?[i] is { } outcome)
            {
                processed.Add(new MessageProcessor.Processed(results[i].MessageId, items[i].Request.Mailbox, outcome));
            }
            else
            {
                queued = true;
            }
        }

        processor.Announce(processed);
        if (queued)
        {
            processing.Wake();
        }

        return results;
    }

    private static async Task<byte[]> ReadAllAsync(Stream raw, CancellationToken cancellationToken)
    {
        if (raw.CanSeek)
        {
            var bytes = new byte[raw.Length - raw.Position];
            await raw.ReadExactlyAsync(bytes, cancellationToken);
            return bytes;
        }

        using var buffer = new MemoryStream();
        await raw.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>The group's transaction; when another node recorded one of these sources a moment ago, a second try finds it.</summary>
    private async Task<IngestResult[]> RecordAsync(IReadOnlyList<IngestItem> items, IReadOnlyList<StoredBlob> blobs, IReadOnlyList<ProcessedMessage?>? outcomes,
        DateTimeOffset arrived, CancellationToken cancellationToken)
    {
        try
        {
            return await RecordOnceAsync(items, blobs, outcomes, arrived, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is DbException inner && dialect.IsUniqueViolation(inner))
        {
            return await RecordOnceAsync(items, blobs, outcomes, arrived, cancellationToken);
        }
    }

    /// <summary>
    /// One transaction, committed to disk before it returns (<see cref="ISqlDialect.DurableCommits"/>): the known sources and
    /// contents of the group are looked up together, the new mails inserted together — processed, with what refers to
    /// them (attachments, conversation) added once they have their ids, where an outcome is given; else <c>received</c>.
    /// </summary>
    private async Task<IngestResult[]> RecordOnceAsync(IReadOnlyList<IngestItem> items, IReadOnlyList<StoredBlob> blobs,
        IReadOnlyList<ProcessedMessage?>? outcomes, DateTimeOffset arrived, CancellationToken cancellationToken)
    {
        var results = new IngestResult?[items.Count];
        var now = clock.GetUtcNow();
        // The rows are written before the write turn; inside it they are only looked up and inserted.
        var rows = items.Select((item, i) => NewRow(item.Request, blobs[i], outcomes?[i], arrived, now)).ToList();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var expected = FirstOccurrences(items, blobs).Select(i => rows[i]).ToList();
        using var prepared = MessageRowInsert.Prepare(context, expected);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        // Only for this connection, until it is opened again (the connection setup restores the default on every open).
        await context.Database.ExecuteSqlRawAsync(dialect.DurableCommits, cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var sourceIds = items.Select(i => i.Request.SourceId).Distinct().ToList();
        var knownSources = (await context.Messages.AsNoTracking().Where(m => sourceIds.Contains(m.SourceId))
                .Select(m => new { m.Id, m.Mailbox, m.SourceId }).ToListAsync(cancellationToken))
            .ToDictionary(m => (m.Mailbox, m.SourceId), m => m.Id);
        var hashes = blobs.Select(b => b.Hash).Distinct().ToList();
        var knownContents = (await context.Messages.AsNoTracking().Where(m => hashes.Contains(m.ContentHash))
                .GroupBy(m => m.ContentHash).Select(g => new { Hash = g.Key, Id = g.Min(m => m.Id) }).ToListAsync(cancellationToken))
            .ToDictionary(m => m.Hash, m => m.Id);
        var added = new Dictionary<int, Message>();
        var inserted = new List<Message>();
        var addedBySource = new Dictionary<(string, string), Message>();
        var addedByHash = new Dictionary<string, Message>();
        var processedRows = new List<(Message Row, ProcessedMessage Outcome)>();
        for (var i = 0; i < items.Count; i++)
        {
            var request = items[i].Request;
            var blob = blobs[i];
            if (knownSources.TryGetValue((request.Mailbox, request.SourceId), out var raced))
            {
                results[i] = new IngestResult(IngestOutcome.DuplicateSource, raced);
            }
            else if (knownContents.TryGetValue(blob.Hash, out var duplicate))
            {
                logger.LogInformation("Mail {SourceId} in {Mailbox} has the same content as message {MessageId}; not stored twice",
                    request.SourceId, request.Mailbox, duplicate);
                results[i] = new IngestResult(IngestOutcome.DuplicateContent, duplicate);
            }
            else if (addedBySource.ContainsKey((request.Mailbox, request.SourceId)) || addedByHash.ContainsKey(blob.Hash))
            {
                // Decided after the insert, when the earlier mail of this group has its id.
            }
            else
            {
                var message = rows[i];
                if (outcomes?[i] is { } outcome)
                {
                    processedRows.Add((message, outcome));
                }

                added[i] = message;
                inserted.Add(message);
                addedBySource[(request.Mailbox, request.SourceId)] = message;
                addedByHash[blob.Hash] = message;
            }
        }

        if (inserted.SequenceEqual(expected))
        {
            await prepared.ExecuteAsync(context, cancellationToken);
        }
        else if (inserted.Count > 0)
        {
            // Some were recorded before (a re-delivery): the statement is built again for the rest.
            using var rest = MessageRowInsert.Prepare(context, inserted);
            await rest.ExecuteAsync(context, cancellationToken);
        }

        if (processedRows.Count > 0)
        {
            // Tracked as saved, so what refers to them sees them as the rows of this group.
            context.Messages.AttachRange(processedRows.Select(p => p.Row));
            foreach (var (row, outcome) in processedRows)
            {
                MessageProcessor.WriteRelated(context, row, outcome, now);
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        for (var i = 0; i < items.Count; i++)
        {
            if (results[i] is not null)
            {
                continue;
            }

            var request = items[i].Request;
            results[i] = added.TryGetValue(i, out var stored)
                ? new IngestResult(IngestOutcome.Stored, stored.Id)
                : addedBySource.TryGetValue((request.Mailbox, request.SourceId), out var sameSource)
                    ? new IngestResult(IngestOutcome.DuplicateSource, sameSource.Id)
                    : new IngestResult(IngestOutcome.DuplicateContent, addedByHash[blobs[i].Hash].Id);
        }

        return results!;
    }

    /// <summary>The mails of the group that are not a repeat of an earlier one in it (the same source, or the same bytes).</summary>
    private static IEnumerable<int> FirstOccurrences(IReadOnlyList<IngestItem> items, IReadOnlyList<StoredBlob> blobs)
    {
        var sources = new HashSet<(string, string)>();
        var hashes = new HashSet<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var source = (items[i].Request.Mailbox, items[i].Request.SourceId);
            if (!sources.Contains(source) && !hashes.Contains(blobs[i].Hash))
            {
                yield return i;
            }

            sources.Add(source);
            hashes.Add(blobs[i].Hash);
        }
    }

    /// <summary>A new message's row: processed when <paramref name="outcome"/> is given, else <c>received</c> for the workers.</summary>
    private static Message NewRow(IngestRequest request, StoredBlob blob, ProcessedMessage? outcome, DateTimeOffset arrived, DateTimeOffset now)
    {
        var row = new Message
        {
            // The department is the mailbox's until routing says otherwise, so department lists need no second column.
            Mailbox = request.Mailbox, Department = request.Mailbox, SourceId = request.SourceId, ContentHash = blob.Hash, Size = blob.Size,
            ReceivedAt = request.ReceivedAt ?? arrived, Status = MessageStatus.Received, CreatedAt = now, UpdatedAt = now,
        };
        if (outcome is not null)
        {
            MessageProcessor.WriteRow(row, outcome, now);
        }

        return row;
    }
}

