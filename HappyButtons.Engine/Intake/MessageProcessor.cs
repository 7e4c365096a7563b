using System.Text.Json;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// Processes mail: parses each raw mail (MimeKit, through <see cref="MailParser"/>), keeps its headers, readable body
/// text, attachments (bytes content-addressed, PDF text read within a per-mail budget), S/MIME signature state and parser
/// warnings, then hands the message on to the intake steps that follow. Mail is processed where it arrives
/// (<see cref="ProcessAtIngestAsync"/>: <see cref="MessageIngest"/> writes the outcome with the new row) and, when that
/// could not be done, by the workers from the queue (<see cref="ProcessAsync"/>: a claimed group, saved in one
/// transaction). A mail that fails on its own (an intake step throws) does not hold up the others: it waits for a retry
/// of its own, and after <see cref="ProcessingQueue.MaxAttempts"/> it is marked failed with the reason, so nothing stays
/// half-processed without a word. Idempotent: a re-run replaces what an earlier, interrupted run wrote.
/// </summary>
public sealed class MessageProcessor(
    IDbContextFactory<HappyButtonsDbContext> contexts,
    RawMailStore rawStore,
    MailParser parser,
    PdfTextExtractor pdfText,
    IEnumerable<IMessageStep> steps,
    DatabaseWriteGate writeGate,
    EventHub events,
    TimeProvider clock,
    ILogger<MessageProcessor> logger)
{
    /// <summary>Body text kept for search and classification; the raw mail always keeps everything.</summary>
    public const int MaxStoredTextChars = 1_000_000;

    public async Task ProcessAsync(IReadOnlyList<ClaimedMessage> claimed, CancellationToken cancellationToken)
    {
        var work = new List<Work>(claimed.Count);
        try
        {
            foreach (var message in claimed)
            {
                work.Add(message.Attempts > ProcessingQueue.MaxAttempts
                    ? new Work(message) { Error = new InterruptedProcessingException(message.Attempts - 1) }
                    : await ReadAsync(message, cancellationToken));
            }

            await RunAsync(work, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Something failed for the whole group (the disk, say): each mail waits for a retry of its own.
            logger.LogWarning(exception, "Processing {Count} message(s) failed together; each is retried on its own", claimed.Count);
            work = claimed.Select(m => new Work(m) { Error = exception }).ToList();
        }

        await SaveAsync(work, cancellationToken);
        Announce(work.Select(w => new Processed(w.Claim.Id, w.Claim.Mailbox, w.Outcome, w.MissingRaw)));
    }

    /// <summary>
    /// Processes mail being ingested, from its bytes, before its row exists and outside the write turn: the outcome of
    /// each, in order, for <see cref="MessageIngest"/> to write with the new row (<see cref="WriteRow"/>,
    /// <see cref="WriteRelated"/>) — or null where it failed, and that mail is left to the queue and its retries.
    /// </summary>
    public async Task<IReadOnlyList<ProcessedMessage?>> ProcessAtIngestAsync(IReadOnlyList<ArrivingMail> mails, CancellationToken cancellationToken)
    {
        List<Work> work;
        try
        {
            work = mails.Select(m => new Work(m.Mailbox, m.ReceivedAt) { Raw = m.Raw, Mail = parser.Parse(m.Raw) }).ToList();
            await RunAsync(work, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Processing {Count} arriving message(s) failed together; the workers take them from the queue", mails.Count);
            return new ProcessedMessage?[mails.Count];
        }

        foreach (var failed in work.Where(w => w.Error is not null))
        {
            logger.LogWarning(failed.Error, "Processing an arriving message from {Mailbox} failed; the workers take it from the queue", failed.Mailbox);
        }

        return work.Select(w => w.Outcome).ToList();
    }

    /// <summary>Stores the group's attachments and runs the intake steps on each parsed mail; a step that throws fails its mail only.</summary>
    private async Task RunAsync(List<Work> work, CancellationToken cancellationToken)
    {
        await StoreAttachmentsAsync(work, cancellationToken);
        foreach (var item in work.Where(w => w.Mail is not null && w.Error is null))
        {
            try
            {
                item.Outcome = await ApplyStepsAsync(item, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                item.Error = exception;
            }
        }
    }

    /// <summary>
    /// One message of the group on its way through: parsed, then processed, or failed on its own. Mail from the queue has
    /// its claim; mail being ingested has no row yet.
    /// </summary>
    private sealed class Work(string mailbox, DateTimeOffset receivedAt, ClaimedMessage? claim = null)
    {
        public Work(ClaimedMessage claim) : this(claim.Mailbox, DateTimeOffset.FromUnixTimeMilliseconds(claim.ReceivedAt), claim)
        {
        }

        public string Mailbox { get; } = mailbox;
        public DateTimeOffset ReceivedAt { get; } = receivedAt;
        public ClaimedMessage Claim => claim ?? throw new InvalidOperationException("Only mail from the queue has a claim.");
        public byte[] Raw { get; set; } = [];
        public ParsedMail? Mail { get; set; }
        public bool MissingRaw { get; set; }
        public IReadOnlyList<StoredAttachment> Attachments { get; set; } = [];
        public List<string> AttachmentWarnings { get; } = [];
        public ProcessedMessage? Outcome { get; set; }
        public Exception? Error { get; set; }
    }

    private async Task<Work> ReadAsync(ClaimedMessage message, CancellationToken cancellationToken)
    {
        var work = new Work(message);
        if (!rawStore.Exists(message.ContentHash))
        {
            work.MissingRaw = true;
            return work;
        }

        work.Raw = await rawStore.ReadAllAsync(message.ContentHash, cancellationToken);
        work.Mail = parser.Parse(work.Raw);
        return work;
    }

    /// <summary>The attachments of every parsed message stored in one group, so they share the disk flushes.</summary>
    private async Task StoreAttachmentsAsync(List<Work> work, CancellationToken cancellationToken)
    {
        var parsed = work.Where(w => w.Mail is { Attachments.Count: > 0 }).ToList();
        var contents = parsed.SelectMany(w => w.Mail!.Attachments.Select(a => a.Content)).ToList();
        if (contents.Count == 0)
        {
            return;
        }

        var blobs = await rawStore.StoreManyAsync(contents.Select(c => new BlobSource(RawMailStore.ReadOnlyStream(c))).ToList(), cancellationToken);
        var next = 0;
        foreach (var item in parsed)
        {
            var stored = new List<StoredAttachment>();
            var budget = AttachmentTextBudget.PerMail();
            foreach (var attachment in item.Mail!.Attachments)
            {
                var blob = blobs[next++];
                var (text, textStatus, note) = ReadText(attachment, budget, item.AttachmentWarnings);
                stored.Add(new StoredAttachment(stored.Count, attachment.SafeFileName, attachment.ContentType, blob.Size, attachment.ContentId,
                    attachment.IsInline, blob.Hash, text, textStatus, note));
            }

            item.Attachments = stored;
        }
    }

    /// <summary>The text of a PDF (within the mail's budget) or of an attached message; a PDF that cannot be read is a warning, not a failure.</summary>
    private (string? Text, string Status, string? Note) ReadText(ParsedAttachment attachment, AttachmentTextBudget budget, List<string> warnings)
    {
        if (attachment.Text is { } embedded)
        {
            return (Truncate(embedded), "extracted", null);
        }

        if (!IsPdf(attachment))
        {
            return (null, "none", null);
        }

        var result = pdfText.Extract(attachment.Content, budget);
        if (result.IsExtracted)
        {
            if (result.Reason is { } partial)
            {
                warnings.Add($"Attachment {attachment.SafeFileName}: {partial}.");
            }

            return (Truncate(result.Text ?? ""), "extracted", result.Truncated ? result.Reason ?? "text truncated" : null);
        }

        warnings.Add($"Attachment {attachment.SafeFileName}: {result.Reason}");
        return (null, "unavailable", result.Reason);
    }

    private async Task<ProcessedMessage> ApplyStepsAsync(Work item, CancellationToken cancellationToken)
    {
        var outcome = new ProcessedMessage(item.Mailbox, item.Mail!, item.Attachments) { ReceivedAt = item.ReceivedAt };
        outcome.Warnings.AddRange(item.AttachmentWarnings);
        if (item.Raw.Length == 0)
        {
            outcome.Status = MessageStatus.NeedsReview;
            outcome.StatusReason = "The message is empty (0 bytes).";
        }

        foreach (var step in steps)
        {
            await step.ApplyAsync(outcome, cancellationToken);
        }

        return outcome;
    }

    private static bool IsPdf(ParsedAttachment attachment) =>
        attachment.ContentType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase)
        || attachment.SafeFileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Saves the group in one transaction. Should that fail (one message's findings break a constraint, say), each
    /// message is saved on its own so the others still land, and the one that fails waits for a retry of its own.
    /// </summary>
    private async Task SaveAsync(List<Work> work, CancellationToken cancellationToken)
    {
        try
        {
            await SaveInOneTransactionAsync(work, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Saving {Count} processed message(s) together failed; saving them one by one", work.Count);
            foreach (var item in work)
            {
                try
                {
                    await SaveInOneTransactionAsync([item], cancellationToken);
                }
                catch (Exception single) when (single is not OperationCanceledException)
                {
                    item.Outcome = null;
                    item.MissingRaw = false;
                    item.Error = single;
                    await SaveInOneTransactionAsync([item], cancellationToken);
                }
            }
        }
    }

    private async Task SaveInOneTransactionAsync(IReadOnlyList<Work> work, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var ids = work.Select(w => w.Claim.Id).ToList();
        var rows = await context.Messages.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var replaced = work.Where(w => w.Outcome is not null).Select(w => w.Claim.Id).ToList();
        if (replaced.Count > 0)
        {
            // A re-run replaces what an interrupted run wrote.
            await context.MessageAttachments.Where(a => replaced.Contains(a.MessageId)).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var item in work)
        {
            if (!rows.TryGetValue(item.Claim.Id, out var row))
            {
                logger.LogWarning("Message {MessageId} was deleted while it was processed", item.Claim.Id);
            }
            else if (item.MissingRaw)
            {
                SetFailed(row, "The raw mail file is missing from the data directory (raw/).", now);
            }
            else if (item.Outcome is { } outcome)
            {
                WriteRow(row, outcome, now);
                WriteRelated(context, row, outcome, now);
            }
            else if (item.Error is { } error)
            {
                RetryOrFail(row, item.Claim, error, now);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A mail that failed waits for a retry of its own (claimed alone, after a growing pause), until it has had
    /// <see cref="ProcessingQueue.MaxAttempts"/>; then it is marked failed with the reason for a person to see.
    /// </summary>
    private void RetryOrFail(Message row, ClaimedMessage claim, Exception error, DateTimeOffset now)
    {
        if (claim.Attempts >= ProcessingQueue.MaxAttempts || error is InterruptedProcessingException)
        {
            logger.LogWarning(error, "Processing message {MessageId} failed {Attempts} time(s); it is marked failed", claim.Id, claim.Attempts);
            SetFailed(row, error is InterruptedProcessingException ? error.Message : $"Processing failed after {claim.Attempts} attempt(s): {error.Message}", now);
            return;
        }

        var pause = TimeSpan.FromSeconds(5 * Math.Pow(2, claim.Attempts - 1));
        logger.LogWarning(error, "Processing message {MessageId} failed (attempt {Attempt}); it is retried on its own in {Pause}", claim.Id, claim.Attempts, pause);
        row.Status = MessageStatus.Received;
        row.Claim.Owner = null;
        row.Claim.Until = null;
        row.Claim.NotBefore = now + pause;
        row.Claim.LastError = error.Message;
        row.UpdatedAt = now;
    }

    private static void SetFailed(Message row, string reason, DateTimeOffset now)
    {
        row.Status = MessageStatus.Failed;
        row.StatusReason = reason;
        row.Claim.Owner = null;
        row.Claim.Until = null;
        row.UpdatedAt = now;
    }

    /// <summary>Writes what processing learned onto the message's row (with the steps' own columns), before the row is saved.</summary>
    internal static void WriteRow(Message row, ProcessedMessage outcome, DateTimeOffset now)
    {
        var mail = outcome.Mail;
        var body = mail.BodyText;
        row.Status = outcome.Status;
        row.StatusReason = outcome.StatusReason;
        row.MessageIdHeader = mail.MessageId;
        row.FromAddress = mail.From?.Address;
        row.FromName = mail.From?.DisplayName;
        row.ToAddresses = Json(mail.To.Select(a => a.ToString()));
        row.CcAddresses = Json(mail.Cc.Select(a => a.ToString()));
        row.ReplyTo = mail.ReplyTo.Count == 0 ? null : string.Join(", ", mail.ReplyTo.Select(a => a.Address));
        row.Subject = mail.Subject;
        row.SentAt = mail.Date;
        row.InReplyTo = mail.InReplyTo;
        row.BodyText = Truncate(body.Full);
        row.NewText = Truncate(body.NewContent);
        row.HasHtml = mail.HtmlBody is not null;
        row.Headers = Json(mail.Headers.Take(500).Select(h => new[] { h.Name, h.Value }));
        row.Warnings = outcome.Warnings.Count == 0 ? null : Json(outcome.Warnings);
        row.Department = outcome.Department;
        row.Signature.State = mail.Signature.Code;
        row.Signature.Signer = mail.Signature.Signer;
        row.ProcessedAt = now;
        row.UpdatedAt = now;
        row.Claim.Owner = null;
        row.Claim.Until = null;
        row.Claim.LastError = null;
        foreach (var write in outcome.RowWrites)
        {
            write(row, now);
        }
    }

    /// <summary>Adds the rows that refer to the message — its attachments, the steps' own (its conversation) — once the row has its id.</summary>
    internal static void WriteRelated(HappyButtonsDbContext context, Message row, ProcessedMessage outcome, DateTimeOffset now)
    {
        context.MessageAttachments.AddRange(outcome.Attachments.Select(a => new MessageAttachment
        {
            MessageId = row.Id, Ordinal = a.Ordinal, FileName = a.FileName, ContentType = a.ContentType, Size = a.Size, ContentId = a.ContentId,
            IsInline = a.IsInline, ContentHash = a.ContentHash, Text = a.Text, TextStatus = a.TextStatus, TextNote = a.TextNote,
        }));
        foreach (var write in outcome.RelatedWrites)
        {
            write(context, row, now);
        }
    }

    /// <summary>A saved message for <see cref="Announce"/>: its outcome, or none when it failed or waits for a retry.</summary>
    internal sealed record Processed(long Id, string Mailbox, ProcessedMessage? Outcome, bool MissingRaw = false);

    /// <summary>Tells the workspaces: every saved message in its department, and in its mailbox when routing moved it.</summary>
    internal void Announce(IEnumerable<Processed> saved)
    {
        var done = new List<Processed>();
        foreach (var (id, mailbox, outcome, missingRaw) in saved)
        {
            if (outcome is null)
            {
                if (missingRaw)
                {
                    events.Publish(new MessageChanged(id, mailbox));
                }

                continue;
            }

            done.Add(new Processed(id, mailbox, outcome));
            events.Publish(new MessageChanged(id, outcome.Department ?? mailbox));
            foreach (var announce in outcome.CommitActions)
            {
                announce();
            }

            if (outcome.Department is { } routed && routed != mailbox)
            {
                events.Publish(new MessageChanged(id, mailbox));
            }
        }

        if (done.Count == 1)
        {
            logger.LogInformation("Processed message {MessageId} from {Mailbox}: {Status}", done[0].Id, done[0].Mailbox, done[0].Outcome!.Status);
        }
        else if (done.Count > 1)
        {
            logger.LogInformation("Processed {Count} messages ({FirstId}…{LastId})", done.Count, done[0].Id, done[^1].Id);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string Truncate(string text) => text.Length <= MaxStoredTextChars ? text : text[..MaxStoredTextChars];

}

public sealed record StoredAttachment(int Ordinal, string FileName, string ContentType, long Size, string? ContentId, bool IsInline,
    string ContentHash, string? Text, string TextStatus, string? TextNote);

/// <summary>A mail being ingested, with its bytes in memory, for <see cref="MessageProcessor.ProcessAtIngestAsync"/>.</summary>
public sealed record ArrivingMail(string Mailbox, DateTimeOffset ReceivedAt, byte[] Raw);

/// <summary>
/// What processing learned about one message; intake steps (enrichment, classification, routing) read the
/// parsed mail and set the department, status and their own findings before it is saved.
/// </summary>
public sealed class ProcessedMessage(string mailbox, ParsedMail mail, IReadOnlyList<StoredAttachment> attachments)
{
    public string Mailbox { get; } = mailbox;
    public ParsedMail Mail { get; } = mail;
    public IReadOnlyList<StoredAttachment> Attachments { get; } = attachments;

    /// <summary>The department that owns the message; the mailbox's own until routing says otherwise.</summary>
    public string? Department { get; set; } = mailbox;

    /// <summary>needs_review when the parser hit a limit or could not read everything as sent (<see cref="ParsedMail.ReviewReason"/>).</summary>
    public string Status { get; set; } = mail.ReviewReason is null ? MessageStatus.Processed : MessageStatus.NeedsReview;

    public string? StatusReason { get; set; } = mail.ReviewReason;

    public List<string> Warnings { get; } = [.. mail.Warnings];

    public DateTimeOffset ReceivedAt { get; init; }

    internal List<Action<Message, DateTimeOffset>> RowWrites { get; } = [];

    /// <summary>Adds a step's own columns to the message's row; written before the row is saved (inserted at ingest, updated from the queue).</summary>
    public void OnSaveRow(Action<Message, DateTimeOffset> write) => RowWrites.Add(write);

    internal List<Action<HappyButtonsDbContext, Message, DateTimeOffset>> RelatedWrites { get; } = [];

    /// <summary>Adds a step's own rows that refer to the message, in the transaction that saves it, once the row has its id.</summary>
    public void OnSaveRelated(Action<HappyButtonsDbContext, Message, DateTimeOffset> write) => RelatedWrites.Add(write);

    internal List<Action> CommitActions { get; } = [];

    /// <summary>Runs after the transaction committed (a step's live announcements); not run when the save failed.</summary>
    public void OnCommitted(Action announce) => CommitActions.Add(announce);
}

/// <summary>The mail was claimed more often than allowed without its processing ever finishing: the process stopped each time.</summary>
public sealed class InterruptedProcessingException(int interruptions)
    : Exception($"Processing was interrupted {interruptions} time(s) (the service stopped while it ran); the mail is kept and needs a person.");

/// <summary>One intake step run by <see cref="MessageProcessor"/> after parsing, in registration order.</summary>
public interface IMessageStep
{
    Task ApplyAsync(ProcessedMessage message, CancellationToken cancellationToken);
}
