using System.Data.Common;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
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
    IDbContextFactory<HappyButtonsDbContext> contexts,
    ISqlDialect dialect,
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
        // Mail whose source is known already (re-delivered after a crash before the acknowledgement) is stored again
        // harmlessly — the store is content-addressed — and answered DuplicateSource in the transaction below.
        var blobs = await rawStore.StoreManyAsync(items.Select(item => new BlobSource(item.Raw, item.File)).ToList(), cancellationToken);
        IngestResult[] results;
        try
        {
            results = await RecordAsync(items, blobs, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is DbException inner && dialect.IsUniqueViolation(inner))
        {
            // Another node recorded one of these sources a moment ago: the second try finds it.
            results = await RecordAsync(items, blobs, cancellationToken);
        }

        if (results.Any(r => r.Outcome == IngestOutcome.Stored))
        {
            processing.Wake();
        }

        return results;
    }

    /// <summary>
    /// One transaction, committed to disk before it returns (<see cref="ISqlDialect.DurableCommits"/>): the known sources and
    /// contents of the group are looked up together, the new mails inserted together.
    /// </summary>
    private async Task<IngestResult[]> RecordAsync(IReadOnlyList<IngestItem> items, IReadOnlyList<StoredBlob> blobs, CancellationToken cancellationToken)
    {
        var results = new IngestResult?[items.Count];
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
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
        var now = clock.GetUtcNow();
        var added = new Dictionary<int, Message>();
        var addedBySource = new Dictionary<(string, string), Message>();
        var addedByHash = new Dictionary<string, Message>();
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
                var message = new Message
                {
                    // The department is the mailbox's until routing says otherwise, so department lists need no second column.
                    Mailbox = request.Mailbox, Department = request.Mailbox, SourceId = request.SourceId, ContentHash = blob.Hash, Size = blob.Size,
                    ReceivedAt = request.ReceivedAt ?? now, Status = MessageStatus.Received, CreatedAt = now, UpdatedAt = now,
                };
                context.Messages.Add(message);
                added[i] = message;
                addedBySource[(request.Mailbox, request.SourceId)] = message;
                addedByHash[blob.Hash] = message;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
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
}
