using System.Text.Json;
using Dapper;
using Hangfire;
using Hangfire.Server;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Smtp;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>
/// The Hangfire job that delivers one row of the outbox. Idempotent: a mail recorded as sent is never sent again, so a
/// re-run after a crash between the send and Hangfire's acknowledgement repeats nothing. Transient failures (4xx,
/// connection lost, server down) throw, and Hangfire retries with growing pauses while the mail shows "not yet sent"
/// with the reason; a permanent refusal (5xx) or the last attempt marks it failed with the server's reply. After
/// sending, a copy goes to the mailbox's Sent folder when it has one; a failure there is recorded, never a second send.
/// </summary>
public sealed class OutgoingMailDelivery(
    IMailSender sender,
    RawMailStore rawStore,
    IDbConnectionFactory connections,
    DatabaseWriteGate writeGate,
    MailboxRegistry mailboxes,
    ImapMailboxConnector imap,
    TimeProvider clock,
    ILogger<OutgoingMailDelivery> logger)
{
    public const int Attempts = 8;

    [JobName("Mail senden #{0}", "Send mail #{0}")]
    [AutomaticRetry(Attempts = Attempts, DelaysInSeconds = [5, 15, 30, 60, 120, 300, 600, 1200], ExceptOn = [typeof(PermanentJobFailureException)])]
    public async Task DeliverAsync(long id, PerformContext? context, CancellationToken cancellationToken)
    {
        var row = await LoadAsync(id, cancellationToken)
                  ?? throw new PermanentJobFailureException($"Outgoing mail {id} does not exist.");
        if (row.status == OutgoingMailStatus.Sent)
        {
            logger.LogInformation("Outgoing mail {Id} was already sent; not sending it again", id);
            return;
        }

        if (row.status == OutgoingMailStatus.Sending)
        {
            // The attempt before this one stopped mid-way (the process died): the server may or may not have taken it.
            logger.LogWarning("Outgoing mail {Id} ({MessageId}) was being sent when the service stopped; sending it again", id, row.message_id);
        }

        if (!rawStore.Exists(row.blob_hash))
        {
            await FinishAsync(id, OutgoingMailStatus.Failed, "The composed message is missing from the raw store.", null, cancellationToken);
            throw new PermanentJobFailureException($"The message to send ({row.blob_hash}) is not in the raw store.");
        }

        var raw = await rawStore.ReadAllAsync(row.blob_hash, cancellationToken);
        var recipients = JsonSerializer.Deserialize<List<string>>(row.recipients) ?? [];
        await MarkSendingAsync(id, cancellationToken);
        MailSendReceipt receipt;
        try
        {
            receipt = await sender.SendAsync(raw, new MailEnvelope(row.envelope_from, recipients), cancellationToken);
        }
        catch (SmtpException ex) when (ex.Kind == SmtpFailureKind.Permanent)
        {
            await FinishAsync(id, OutgoingMailStatus.Failed, $"The mail server refused the message: {ex.Message}", null, CancellationToken.None);
            throw new PermanentJobFailureException($"The SMTP server refused the message permanently: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var last = (context?.GetJobParameter<int>("RetryCount") ?? 0) >= Attempts;
            await FinishAsync(id, last ? OutgoingMailStatus.Failed : OutgoingMailStatus.Queued,
                last ? $"Not sent after {Attempts + 1} attempts: {ex.Message}" : ex.Message, null, CancellationToken.None);
            throw;
        }

        // Recorded at once: from here on a re-run must not send again, whatever happens to the Sent copy or to Hangfire.
        await FinishAsync(id, OutgoingMailStatus.Sent, null, receipt, CancellationToken.None);
        var sentFolderError = await CopyToSentFolderAsync(row.mailbox, raw, cancellationToken);
        if (sentFolderError is not null)
        {
            await RecordSentFolderErrorAsync(id, sentFolderError);
        }

        logger.LogInformation("Sent outgoing mail {Id} to {Count} recipient(s) via {Transport}", id, recipients.Count, receipt.Transport);
    }

    private async Task<OutboxRow?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OutboxRow>(new CommandDefinition(
            "SELECT id, status, message_id, blob_hash, mailbox, envelope_from, recipients FROM outgoing_mail WHERE id = @Id",
            new { Id = id }, cancellationToken: cancellationToken));
    }

    private async Task MarkSendingAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outgoing_mail SET status = @Sending, attempts = attempts + 1, updated_at = @Now WHERE id = @Id AND status <> @Sent",
            new { Id = id, Sending = OutgoingMailStatus.Sending, Sent = OutgoingMailStatus.Sent, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    private async Task FinishAsync(long id, string status, string? error, MailSendReceipt? receipt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outgoing_mail SET status = @Status, last_error = @Error, transport = COALESCE(@Transport, transport), " +
            "reply = COALESCE(@Reply, reply), sent_at = CASE WHEN @Status = 'sent' THEN @Now ELSE sent_at END, updated_at = @Now " +
            "WHERE id = @Id AND status <> 'sent'",
            new { Id = id, Status = status, Error = error, Transport = receipt?.Transport, Reply = receipt?.Detail, Now = now },
            cancellationToken: cancellationToken));
    }

    private async Task RecordSentFolderErrorAsync(long id, string error)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        using var turn = await writeGate.EnterAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outgoing_mail SET sent_folder_error = @Error WHERE id = @Id", new { Id = id, Error = error }));
    }

    private async Task<string?> CopyToSentFolderAsync(string? department, byte[] raw, CancellationToken cancellationToken)
    {
        if (department is null || await mailboxes.GetAsync(department, cancellationToken) is not { Kind: MailboxKind.Imap } mailbox
            || string.IsNullOrWhiteSpace(mailbox.SentFolder))
        {
            return null;
        }

        try
        {
            await using var client = await imap.ConnectAsync(mailbox, cancellationToken);
            var folder = mailbox.SentFolder.Trim();
            try
            {
                await client.AppendAsync(folder, new MemoryStream(raw, writable: false), [@"\Seen"], clock.GetUtcNow(), cancellationToken);
            }
            catch (Imap.ImapCommandException ex) when (ex.ResponseCode?.Is("TRYCREATE") == true)
            {
                await client.CreateFolderAsync(folder, cancellationToken);
                await client.AppendAsync(folder, new MemoryStream(raw, writable: false), [@"\Seen"], clock.GetUtcNow(), cancellationToken);
            }

            await client.LogoutAsync(cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The sent message could not be copied to the Sent folder of mailbox {Department}", department);
            return ex.Message;
        }
    }

    private sealed record OutboxRow(long id, string status, string? message_id, string blob_hash, string? mailbox, string envelope_from, string recipients);
}
