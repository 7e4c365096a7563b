using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using MailKit;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>
/// The <c>mail.send</c> job. Transient failures (4xx, connection lost, server down) throw so the job engine
/// retries with backoff; permanent ones (5xx, TLS, rejected sign-in) end the job Dead with the server's reply. A delivery already recorded in
/// <c>sent_mail</c> is not repeated. After sending, a copy goes to the mailbox's Sent folder when it has one; a failure
/// there is recorded on the delivery and never causes a second send.
/// </summary>
public sealed class SendMailHandler(
    IMailSender sender,
    RawMailStore rawStore,
    IDbConnectionFactory connections,
    MailboxRegistry mailboxes,
    ImapMailboxConnector imap,
    TimeProvider clock,
    ILogger<SendMailHandler> logger) : IJobHandler<SendMailPayload>
{
    public async Task HandleAsync(SendMailPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        var key = MailOutbox.SendKey(payload);
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM sent_mail WHERE send_key = @Key", new { Key = key }, cancellationToken: cancellationToken)) > 0)
            {
                logger.LogInformation("Message {Key} was already sent; not sending it again", key);
                return;
            }
        }

        if (!rawStore.Exists(payload.BlobHash))
        {
            throw new PermanentJobFailureException($"The message to send ({payload.BlobHash}) is not in the raw store.");
        }

        var raw = await rawStore.ReadAllAsync(payload.BlobHash, cancellationToken);
        MailSendReceipt receipt;
        try
        {
            receipt = await sender.SendAsync(raw, new MailEnvelope(payload.From, payload.Recipients), cancellationToken);
        }
        catch (MailSendException ex) when (ex.Kind == MailSendFailure.Permanent)
        {
            throw new PermanentJobFailureException($"The SMTP server refused the message permanently: {ex.Message}", ex);
        }

        var sentFolderError = await CopyToSentFolderAsync(payload.Mailbox, raw, cancellationToken);
        await using (var connection = await connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO sent_mail (send_key, blob_hash, mailbox, envelope_from, recipients, transport, reply, sent_folder_error, sent_at) " +
                "VALUES (@Key, @Hash, @Mailbox, @From, @Recipients, @Transport, @Reply, @SentFolderError, @Now) ON CONFLICT (send_key) DO NOTHING",
                new
                {
                    Key = key, Hash = payload.BlobHash, payload.Mailbox, payload.From, Recipients = JsonSerializer.Serialize(payload.Recipients),
                    receipt.Transport, Reply = receipt.Detail, SentFolderError = sentFolderError, Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                }));
        }

        logger.LogInformation("Sent message {Key} to {Count} recipient(s) via {Transport}", key, payload.Recipients.Count, receipt.Transport);
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
