using System.Data.Common;
using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// Processes a group of claimed mail (<see cref="ProcessingQueue"/>): parses each stored raw mail (MimeKit, through
/// <see cref="MailParser"/>), keeps its headers, readable body text, attachments (bytes content-addressed, PDF text read
/// within a per-mail budget), S/MIME signature state and parser warnings, then hands the message on to the intake steps
/// that follow, and saves the group in one transaction. A mail that fails on its own (an intake step throws) does not hold
/// up the others: it waits for a retry of its own, and after <see cref="ProcessingQueue.MaxAttempts"/> it is marked failed
/// with the reason, so nothing stays half-processed without a word. Idempotent: a re-run replaces what an earlier,
/// interrupted run wrote.
/// </summary>
public sealed class MessageProcessor(
    IDbConnectionFactory connections,
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
                    : await ParseAsync(message, cancellationToken));
            }

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
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Something failed for the whole group (the disk, say): each mail waits for a retry of its own.
            logger.LogWarning(exception, "Processing {Count} message(s) failed together; each is retried on its own", claimed.Count);
            work = claimed.Select(m => new Work(m) { Error = exception }).ToList();
        }

        await SaveAsync(work, cancellationToken);
        Announce(work);
    }

    /// <summary>One message of the group on its way through: parsed, then processed, or failed on its own.</summary>
    private sealed class Work(ClaimedMessage claim)
    {
        public ClaimedMessage Claim { get; } = claim;
        public byte[] Raw { get; set; } = [];
        public ParsedMail? Mail { get; set; }
        public bool MissingRaw { get; set; }
        public IReadOnlyList<StoredAttachment> Attachments { get; set; } = [];
        public List<string> AttachmentWarnings { get; } = [];
        public ProcessedMessage? Outcome { get; set; }
        public Exception? Error { get; set; }
    }

    private async Task<Work> ParseAsync(ClaimedMessage message, CancellationToken cancellationToken)
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
        var outcome = new ProcessedMessage(item.Claim.Id, item.Claim.Mailbox, item.Mail!, item.Attachments)
            { ReceivedAt = DateTimeOffset.FromUnixTimeMilliseconds(item.Claim.ReceivedAt) };
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
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var item in work)
        {
            if (item.MissingRaw)
            {
                await SetFailedAsync(connection, transaction, item.Claim.Id, "The raw mail file is missing from the data directory (raw/).", cancellationToken);
            }
            else if (item.Outcome is { } outcome)
            {
                await SaveOutcomeAsync(connection, transaction, outcome, cancellationToken);
            }
            else if (item.Error is { } error)
            {
                await RetryOrFailAsync(connection, transaction, item.Claim, error, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A mail that failed waits for a retry of its own (claimed alone, after a growing pause), until it has had
    /// <see cref="ProcessingQueue.MaxAttempts"/>; then it is marked failed with the reason for a person to see.
    /// </summary>
    private async Task RetryOrFailAsync(DbConnection connection, DbTransaction transaction, ClaimedMessage claim, Exception error, CancellationToken cancellationToken)
    {
        if (claim.Attempts >= ProcessingQueue.MaxAttempts || error is InterruptedProcessingException)
        {
            logger.LogWarning(error, "Processing message {MessageId} failed {Attempts} time(s); it is marked failed", claim.Id, claim.Attempts);
            var reason = error is InterruptedProcessingException
                ? error.Message
                : $"Processing failed after {claim.Attempts} attempt(s): {error.Message}";
            await SetFailedAsync(connection, transaction, claim.Id, reason, cancellationToken);
            return;
        }

        var pause = TimeSpan.FromSeconds(5 * Math.Pow(2, claim.Attempts - 1));
        logger.LogWarning(error, "Processing message {MessageId} failed (attempt {Attempt}); it is retried on its own in {Pause}", claim.Id, claim.Attempts, pause);
        var now = clock.GetUtcNow();
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET status = @Received, claim_owner = NULL, claim_until = NULL, not_before = @NotBefore, last_error = @Error, " +
            "updated_at = @Now WHERE id = @Id",
            new
            {
                Id = claim.Id, Received = MessageStatus.Received, NotBefore = (now + pause).ToUnixTimeMilliseconds(),
                Error = error.Message, Now = now.ToUnixTimeMilliseconds(),
            },
            transaction, cancellationToken: cancellationToken));
    }

    private async Task SaveOutcomeAsync(DbConnection connection, DbTransaction transaction, ProcessedMessage outcome, CancellationToken cancellationToken)
    {
        var message = outcome.Mail;
        var body = message.BodyText;
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM message_attachments WHERE message_id = @Id", new { Id = outcome.MessageId }, transaction, cancellationToken: cancellationToken));
        foreach (var a in outcome.Attachments)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO message_attachments (message_id, ordinal, file_name, content_type, size, content_id, is_inline, content_hash, text, text_status, text_note) " +
                "VALUES (@MessageId, @Ordinal, @FileName, @ContentType, @Size, @ContentId, @IsInline, @ContentHash, @Text, @TextStatus, @TextNote)",
                new
                {
                    MessageId = outcome.MessageId, a.Ordinal, a.FileName, a.ContentType, a.Size, a.ContentId, a.IsInline, a.ContentHash,
                    a.Text, a.TextStatus, a.TextNote,
                },
                transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET status = @Status, status_reason = @Reason, message_id = @MessageIdHeader, from_address = @FromAddress, " +
            "from_name = @FromName, to_addresses = @To, cc_addresses = @Cc, reply_to = @ReplyTo, subject = @Subject, sent_at = @SentAt, " +
            "in_reply_to = @InReplyTo, body_text = @BodyText, new_text = @NewText, has_html = @HasHtml, headers = @Headers, " +
            "warnings = @Warnings, department = @Department, signature_state = @SignatureState, signature_signer = @SignatureSigner, " +
            "processed_at = @Now, updated_at = @Now, claim_owner = NULL, claim_until = NULL, last_error = NULL WHERE id = @Id",
            new
            {
                Id = outcome.MessageId, outcome.Status, Reason = outcome.StatusReason, MessageIdHeader = message.MessageId,
                FromAddress = message.From?.Address, FromName = message.From?.DisplayName,
                To = Json(message.To.Select(a => a.ToString())), Cc = Json(message.Cc.Select(a => a.ToString())),
                ReplyTo = message.ReplyTo.Count == 0 ? null : string.Join(", ", message.ReplyTo.Select(a => a.Address)),
                Subject = message.Subject, SentAt = message.Date?.ToUnixTimeMilliseconds(), message.InReplyTo,
                BodyText = Truncate(body.Full), NewText = Truncate(body.NewContent), HasHtml = message.HtmlBody is not null,
                Headers = Json(message.Headers.Take(500).Select(h => new[] { h.Name, h.Value })),
                SignatureState = message.Signature.Code, SignatureSigner = message.Signature.Signer,
                Warnings = outcome.Warnings.Count == 0 ? null : Json(outcome.Warnings), outcome.Department,
                Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            },
            transaction, cancellationToken: cancellationToken));
        foreach (var save in outcome.SaveActions)
        {
            await save(connection, transaction, cancellationToken);
        }
    }

    /// <summary>Tells the workspaces: every saved message in its department, and in its mailbox when routing moved it.</summary>
    private void Announce(List<Work> work)
    {
        foreach (var item in work)
        {
            var mailbox = item.Claim.Mailbox;
            if (item.Outcome is not { } outcome)
            {
                if (item.MissingRaw)
                {
                    events.Publish(new MessageChanged(item.Claim.Id, mailbox));
                }

                continue;
            }

            events.Publish(new MessageChanged(item.Claim.Id, outcome.Department ?? mailbox));
            if (outcome.Department is { } routed && routed != mailbox)
            {
                events.Publish(new MessageChanged(item.Claim.Id, mailbox));
            }
        }

        var processed = work.Count(w => w.Outcome is not null);
        if (processed == 1)
        {
            var only = work.First(w => w.Outcome is not null);
            logger.LogInformation("Processed message {MessageId} from {Mailbox}: {Status}", only.Claim.Id, only.Claim.Mailbox, only.Outcome!.Status);
        }
        else if (processed > 1)
        {
            logger.LogInformation("Processed {Count} messages ({FirstId}…{LastId})", processed, work[0].Claim.Id, work[^1].Claim.Id);
        }
    }

    private Task SetFailedAsync(DbConnection connection, DbTransaction? transaction, long id, string reason, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET status = @Status, status_reason = @Reason, updated_at = @Now, claim_owner = NULL, claim_until = NULL WHERE id = @Id",
            new { Id = id, Status = MessageStatus.Failed, Reason = reason, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction, cancellationToken: cancellationToken));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string Truncate(string text) => text.Length <= MaxStoredTextChars ? text : text[..MaxStoredTextChars];

}

public sealed record StoredAttachment(int Ordinal, string FileName, string ContentType, long Size, string? ContentId, bool IsInline,
    string ContentHash, string? Text, string TextStatus, string? TextNote);

/// <summary>
/// What processing learned about one message; intake steps (enrichment, classification, routing) read the
/// parsed mail and set the department, status and their own findings before it is saved.
/// </summary>
public sealed class ProcessedMessage(long messageId, string mailbox, ParsedMail mail, IReadOnlyList<StoredAttachment> attachments)
{
    public long MessageId { get; } = messageId;
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

    internal List<Func<DbConnection, DbTransaction, CancellationToken, Task>> SaveActions { get; } = [];

    /// <summary>Adds a step's own writes to the one transaction that saves the processed message.</summary>
    public void OnSave(Func<DbConnection, DbTransaction, CancellationToken, Task> write) => SaveActions.Add(write);
}

/// <summary>The mail was claimed more often than allowed without its processing ever finishing: the process stopped each time.</summary>
public sealed class InterruptedProcessingException(int interruptions)
    : Exception($"Processing was interrupted {interruptions} time(s) (the service stopped while it ran); the mail is kept and needs a person.");

/// <summary>One intake step run by <see cref="MessageProcessor"/> after parsing, in registration order.</summary>
public interface IMessageStep
{
    Task ApplyAsync(ProcessedMessage message, CancellationToken cancellationToken);
}
