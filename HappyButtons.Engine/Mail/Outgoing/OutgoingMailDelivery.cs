using System.Text.Json;
using Hangfire;
using Hangfire.Server;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using MailKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>
/// The Hangfire job that delivers one row of the outbox. Idempotent: a mail recorded as sent is never sent again, so a
/// re-run after a crash between the send and Hangfire's acknowledgement repeats nothing. Transient failures (4xx,
/// connection lost, server down) throw, and Hangfire retries with growing pauses while the mail shows "not yet sent"
/// with the reason; a permanent refusal (5xx, TLS, rejected sign-in) or the last attempt marks it failed with the
/// server's reply. After sending, a copy goes to the mailbox's Sent folder when it has one; a failure there is recorded,
/// never a second send.
/// </summary>
public sealed class OutgoingMailDelivery(
    IMailSender sender,
    RawMailStore rawStore,
    IDbContextFactory<HappyButtonsDbContext> contexts,
    DatabaseWriteGate writeGate,
    MailboxRegistry mailboxes,
    ImapMailboxConnector imap,
    TimeProvider clock,
    ILogger<OutgoingMailDelivery> logger,
    Events.EventHub? events = null)
{
    public const int Attempts = 8;

    [JobName("Mail senden #{0}", "Send mail #{0}")]
    [AutomaticRetry(Attempts = Attempts, DelaysInSeconds = [5, 15, 30, 60, 120, 300, 600, 1200], ExceptOn = [typeof(PermanentJobFailureException)])]
    public async Task DeliverAsync(long id, PerformContext? context, CancellationToken cancellationToken)
    {
        Storage.Model.OutgoingMail? row;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            row = await db.OutgoingMail.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        }

        if (row is null)
        {
            throw new PermanentJobFailureException($"Outgoing mail {id} does not exist.");
        }

        if (row.Status == OutgoingMailStatus.Sent)
        {
            logger.LogInformation("Outgoing mail {Id} was already sent; not sending it again", id);
            return;
        }

        if (row.Status == OutgoingMailStatus.Sending)
        {
            // The attempt before this one stopped mid-way (the process died): the server may or may not have taken it.
            logger.LogWarning("Outgoing mail {Id} ({MessageId}) was being sent when the service stopped; sending it again", id, row.MessageIdHeader);
        }

        if (!rawStore.Exists(row.BlobHash))
        {
            await FinishAsync(id, OutgoingMailStatus.Failed, "The composed message is missing from the raw store.", null, cancellationToken);
            throw new PermanentJobFailureException($"The message to send ({row.BlobHash}) is not in the raw store.");
        }

        var raw = await rawStore.ReadAllAsync(row.BlobHash, cancellationToken);
        var recipients = JsonSerializer.Deserialize<List<string>>(row.Recipients) ?? [];
        await UpdateAsync(id, m => m.SetProperty(x => x.Status, OutgoingMailStatus.Sending).SetProperty(x => x.Attempts, x => x.Attempts + 1)
            .SetProperty(x => x.UpdatedAt, clock.GetUtcNow()), cancellationToken);
        MailSendReceipt receipt;
        try
        {
            receipt = await sender.SendAsync(raw, new MailEnvelope(row.EnvelopeFrom, recipients), cancellationToken);
        }
        catch (MailSendException ex) when (ex.Kind == MailSendFailure.Permanent)
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
        if (await CopyToSentFolderAsync(row.Mailbox, raw, cancellationToken) is { } sentFolderError)
        {
            await UpdateAsync(id, m => m.SetProperty(x => x.SentFolderError, sentFolderError), CancellationToken.None);
        }

        logger.LogInformation("Sent outgoing mail {Id} to {Count} recipient(s) via {Transport}", id, recipients.Count, receipt.Transport);
    }

    private async Task FinishAsync(long id, string status, string? error, MailSendReceipt? receipt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await UpdateAsync(id, m => m
            .SetProperty(x => x.Status, status)
            .SetProperty(x => x.LastError, error)
            .SetProperty(x => x.Transport, x => receipt == null ? x.Transport : receipt.Transport)
            .SetProperty(x => x.Reply, x => receipt == null ? x.Reply : receipt.Detail)
            .SetProperty(x => x.SentAt, x => status == OutgoingMailStatus.Sent ? now : x.SentAt)
            .SetProperty(x => x.UpdatedAt, now), cancellationToken);
        // Whoever shows the mail ("not yet sent" in a conversation's timeline) updates live.
        events?.Publish(new OutgoingMailChanged(id, status));
    }

    /// <summary>One statement on the row, never on a row already sent (a late attempt must not undo "sent").</summary>
    private async Task UpdateAsync(long id, Action<UpdateSettersBuilder<Storage.Model.OutgoingMail>> set, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await db.OutgoingMail.Where(m => m.Id == id && m.Status != OutgoingMailStatus.Sent).ExecuteUpdateAsync(set, cancellationToken);
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
            using var client = await imap.ConnectAsync(mailbox, cancellationToken);
            var name = mailbox.SentFolder.Trim();
            IMailFolder folder;
            try
            {
                folder = await client.GetFolderAsync(name, cancellationToken);
            }
            catch (FolderNotFoundException)
            {
                folder = await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(name, isMessageFolder: true, cancellationToken)
                         ?? throw new FolderNotFoundException(name);
            }

            using var message = MimeMessage.Load(new MemoryStream(raw, writable: false), cancellationToken);
            await folder.AppendAsync(new AppendRequest(message, MessageFlags.Seen) { InternalDate = clock.GetUtcNow() }, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The sent message could not be copied to the Sent folder of mailbox {Department}", department);
            return ex.Message;
        }
    }
}

/// <summary>An outgoing mail was sent, deferred (with the reason) or failed.</summary>
public sealed record OutgoingMailChanged(long OutgoingMailId, string Status) : Events.DomainEvent(TopicName, null)
{
    public const string TopicName = "mail.outgoing";
}
