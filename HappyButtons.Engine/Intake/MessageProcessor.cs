using System.Data.Common;
using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Mime;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// The <c>mail.process</c> job: parses the stored raw mail, keeps its headers, readable body text, attachments
/// (bytes content-addressed, PDF text extracted) and parser warnings, then hands the message on to the
/// intake steps that follow. Idempotent: a re-run replaces what an earlier, interrupted run wrote.
/// </summary>
public sealed class MessageProcessor(
    IDbConnectionFactory connections,
    RawMailStore rawStore,
    PdfTextExtractor pdfText,
    IEnumerable<IMessageStep> steps,
    DatabaseWriteGate writeGate,
    EventHub events,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<MessageProcessor> logger) : IJobHandler<ProcessMessagePayload>
{
    /// <summary>Body text kept for search and classification; the raw mail always keeps everything.</summary>
    public const int MaxStoredTextChars = 1_000_000;

    public async Task HandleAsync(ProcessMessagePayload payload, JobContext context, CancellationToken cancellationToken)
    {
        var row = await LoadAsync(payload.MessageId, cancellationToken)
                  ?? throw new PermanentJobFailureException($"Message {payload.MessageId} does not exist.");
        if (!rawStore.Exists(row.content_hash))
        {
            await SetStatusAsync(row.id, MessageStatus.Failed, "The raw mail file is missing from the data directory (raw/).", cancellationToken);
            throw new PermanentJobFailureException($"Raw mail {row.content_hash} of message {row.id} is missing.");
        }

        await SetStatusAsync(row.id, MessageStatus.Processing, null, cancellationToken);
        var raw = await rawStore.ReadAllAsync(row.content_hash, cancellationToken);
        var limits = MimeLimits.Default with { MaxMessageBytes = (int)Math.Min(options.Value.MaxMessageBytes, int.MaxValue) };
        var message = MimeParser.Parse(raw, limits);
        var attachments = await StoreAttachmentsAsync(message, cancellationToken);

        var outcome = new ProcessedMessage(row.id, row.mailbox, message, attachments) { ReceivedAt = DateTimeOffset.FromUnixTimeMilliseconds(row.received_at) };
        if (raw.Length == 0)
        {
            outcome.Status = MessageStatus.NeedsReview;
            outcome.StatusReason = "The message is empty (0 bytes).";
        }
        foreach (var step in steps)
        {
            await step.ApplyAsync(outcome, cancellationToken);
        }

        await SaveAsync(outcome, cancellationToken);
        events.Publish(new MessageChanged(row.id, outcome.Department ?? row.mailbox));
        if (outcome.Department is { } routed && routed != row.mailbox)
        {
            events.Publish(new MessageChanged(row.id, row.mailbox));
        }

        logger.LogInformation("Processed message {MessageId} from {Mailbox}: {Status}", row.id, row.mailbox, outcome.Status);
    }

    private async Task<IReadOnlyList<StoredAttachment>> StoreAttachmentsAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var stored = new List<StoredAttachment>();
        var ordinal = 0;
        foreach (var attachment in message.Attachments)
        {
            var content = attachment.Content;
            var blob = await rawStore.StoreAsync(content, cancellationToken);
            string? text = null;
            var textStatus = "none";
            string? note = null;
            if (IsPdf(attachment))
            {
                var result = await pdfText.ExtractAsync(content, cancellationToken);
                (text, textStatus, note) = result.IsExtracted
                    ? (Truncate(result.Text ?? ""), "extracted", result.Truncated ? "text truncated" : null)
                    : (null, "unavailable", result.Reason);
            }

            stored.Add(new StoredAttachment(ordinal++, attachment.SafeFileName, attachment.ContentType, blob.Size, attachment.ContentId,
                attachment.IsInline, blob.Hash, text, textStatus, note));
        }

        return stored;
    }

    private static bool IsPdf(MimeAttachment attachment) =>
        attachment.ContentType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase)
        || attachment.SafeFileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private async Task SaveAsync(ProcessedMessage outcome, CancellationToken cancellationToken)
    {
        var message = outcome.Mime;
        var body = message.BodyText;
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
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
            "warnings = @Warnings, department = @Department, processed_at = @Now, updated_at = @Now WHERE id = @Id",
            new
            {
                Id = outcome.MessageId, outcome.Status, Reason = outcome.StatusReason, MessageIdHeader = message.MessageId,
                FromAddress = message.From?.Address, FromName = message.From?.DisplayName,
                To = Json(message.To.Select(a => a.ToString())), Cc = Json(message.Cc.Select(a => a.ToString())),
                ReplyTo = message.ReplyTo.Count == 0 ? null : string.Join(", ", message.ReplyTo.Select(a => a.Address)),
                Subject = message.Subject, SentAt = message.Date?.ToUnixTimeMilliseconds(), message.InReplyTo,
                BodyText = Truncate(body.Full), NewText = Truncate(body.NewContent), HasHtml = message.HtmlBodyPart is not null,
                Headers = Json(message.Headers.Take(500).Select(h => new[] { h.Name, h.DecodedText(null) })),
                Warnings = outcome.Warnings.Count == 0 ? null : Json(outcome.Warnings), outcome.Department,
                Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            },
            transaction, cancellationToken: cancellationToken));
        foreach (var save in outcome.SaveActions)
        {
            await save(connection, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<MessageRow?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<MessageRow>(new CommandDefinition(
            "SELECT id, mailbox, content_hash, status, received_at FROM messages WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
    }

    private async Task SetStatusAsync(long id, string status, string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET status = @Status, status_reason = @Reason, updated_at = @Now WHERE id = @Id",
            new { Id = id, Status = status, Reason = reason, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string Truncate(string text) => text.Length <= MaxStoredTextChars ? text : text[..MaxStoredTextChars];

    private sealed record MessageRow(long id, string mailbox, string content_hash, string status, long received_at);
}

public sealed record StoredAttachment(int Ordinal, string FileName, string ContentType, long Size, string? ContentId, bool IsInline,
    string ContentHash, string? Text, string TextStatus, string? TextNote);

/// <summary>
/// What processing learned about one message; intake steps (enrichment, classification, routing) read the
/// parsed mail and set the department, status and their own findings before it is saved.
/// </summary>
public sealed class ProcessedMessage(long messageId, string mailbox, MimeMessage mime, IReadOnlyList<StoredAttachment> attachments)
{
    public long MessageId { get; } = messageId;
    public string Mailbox { get; } = mailbox;
    public MimeMessage Mime { get; } = mime;
    public IReadOnlyList<StoredAttachment> Attachments { get; } = attachments;

    /// <summary>The department that owns the message; the mailbox's own until routing says otherwise.</summary>
    public string? Department { get; set; } = mailbox;

    public string Status { get; set; } = mime.LimitExceeded ? MessageStatus.NeedsReview : MessageStatus.Processed;

    public string? StatusReason { get; set; } = mime.LimitExceeded ? "The message exceeds a parser limit; it is kept raw and shown as far as it could be read." : null;

    public List<string> Warnings { get; } = [.. mime.Warnings];

    public DateTimeOffset ReceivedAt { get; init; }

    internal List<Func<DbConnection, DbTransaction, CancellationToken, Task>> SaveActions { get; } = [];

    /// <summary>Adds a step's own writes to the one transaction that saves the processed message.</summary>
    public void OnSave(Func<DbConnection, DbTransaction, CancellationToken, Task> write) => SaveActions.Add(write);
}

/// <summary>One intake step run by <see cref="MessageProcessor"/> after parsing, in registration order.</summary>
public interface IMessageStep
{
    Task ApplyAsync(ProcessedMessage message, CancellationToken cancellationToken);
}
