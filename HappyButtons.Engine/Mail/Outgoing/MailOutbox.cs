using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Hangfire;
using HappyButtons.Engine.Mail.Mime;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>
/// The way to send mail. The composed bytes are stored (content-addressed) and a row in <c>outgoing_mail</c> is committed
/// before Hangfire is asked to deliver it (<see cref="OutgoingMailDelivery"/>), so a mail once queued is never lost: if the
/// process dies before the job exists, <see cref="DispatchPendingAsync"/> enqueues it at the next start or sweep. The row
/// is keyed by the Message-ID and the envelope: queuing the same message to the same recipients again is one delivery.
/// </summary>
public sealed class MailOutbox(
    RawMailStore rawStore,
    IDbConnectionFactory connections,
    DatabaseWriteGate writeGate,
    IBackgroundJobClient jobs,
    JobStorage jobStorage,
    TimeProvider clock,
    ILogger<MailOutbox> logger)
{
    public async Task<long> QueueAsync(ReadOnlyMemory<byte> rawMessage, MailEnvelope envelope, string? mailbox, CancellationToken cancellationToken)
    {
        if (envelope.Recipients.Count == 0)
        {
            throw new ArgumentException("A message needs at least one recipient.", nameof(envelope));
        }

        var blob = await rawStore.StoreAsync(rawMessage, cancellationToken);
        var messageId = MessageIdOf(rawMessage.Span);
        var key = SendKey(messageId ?? blob.Hash, envelope);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        OutboxRow row;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO outgoing_mail (send_key, message_id, blob_hash, mailbox, envelope_from, recipients, status, attempts, created_at, updated_at) " +
                "VALUES (@Key, @MessageId, @Hash, @Mailbox, @From, @Recipients, 'queued', 0, @Now, @Now) ON CONFLICT (send_key) DO NOTHING",
                new
                {
                    Key = key, MessageId = messageId, blob.Hash, Mailbox = mailbox, envelope.From,
                    Recipients = JsonSerializer.Serialize(envelope.Recipients), Now = now,
                },
                cancellationToken: cancellationToken));
            row = await connection.QuerySingleAsync<OutboxRow>(new CommandDefinition(
                "SELECT id, status, job_id FROM outgoing_mail WHERE send_key = @Key", new { Key = key }, cancellationToken: cancellationToken));
        }

        if (row.status == OutgoingMailStatus.Queued && row.job_id is null)
        {
            await DispatchAsync(row.id, cancellationToken);
        }

        return row.id;
    }

    public Task<long> QueueAsync(OutgoingMessage message, string? mailbox, CancellationToken cancellationToken) =>
        QueueAsync(MimeWriter.ToBytes(message, clock), EnvelopeOf(message), mailbox, cancellationToken);

    public static MailEnvelope EnvelopeOf(OutgoingMessage message) =>
        new(message.From.Address, message.To.Concat(message.Cc).Concat(message.Bcc).Select(a => a.Address).Distinct(StringComparer.OrdinalIgnoreCase).ToList());

    /// <summary>
    /// Enqueues delivery for every unsent mail that has no job: queued before a crash, carried over from an older release,
    /// or whose job vanished from the job store. Returns how many were enqueued.
    /// </summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxRow> rows;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            rows = (await connection.QueryAsync<OutboxRow>(new CommandDefinition(
                "SELECT id, status, job_id FROM outgoing_mail WHERE status IN ('queued', 'sending') ORDER BY id",
                cancellationToken: cancellationToken))).ToList();
        }

        var dispatched = 0;
        foreach (var row in rows)
        {
            if (row.job_id is not null && JobStillExists(row.job_id))
            {
                continue;
            }

            await DispatchAsync(row.id, cancellationToken);
            dispatched++;
        }

        if (dispatched > 0)
        {
            logger.LogInformation("Enqueued delivery of {Count} outgoing mail(s) that had no delivery job", dispatched);
        }

        return dispatched;
    }

    /// <summary>True while the delivery job can still run (it was not deleted, and did not end without recording the mail).</summary>
    private bool JobStillExists(string jobId)
    {
        using var connection = jobStorage.GetConnection();
        return connection.GetStateData(jobId)?.Name is { } state && state is not ("Deleted" or "Succeeded");
    }

    private async Task DispatchAsync(long id, CancellationToken cancellationToken)
    {
        var jobId = jobs.Enqueue<OutgoingMailDelivery>(delivery => delivery.DeliverAsync(id, null, CancellationToken.None));
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outgoing_mail SET job_id = @JobId WHERE id = @Id", new { Id = id, JobId = jobId }, cancellationToken: cancellationToken));
    }

    /// <summary>Identifies one delivery: one message (its Message-ID, or its bytes when it has none) to one envelope.</summary>
    public static string SendKey(string message, MailEnvelope envelope)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(envelope.From + "\n" + string.Join("\n", envelope.Recipients)));
        return $"{message}|{Convert.ToHexStringLower(hash)[..16]}";
    }

    /// <summary>The Message-ID header of a composed message (the header block only is read), or null.</summary>
    public static string? MessageIdOf(ReadOnlySpan<byte> raw)
    {
        var position = 0;
        while (position < raw.Length)
        {
            var end = raw[position..].IndexOf((byte)'\n');
            var line = end < 0 ? raw[position..] : raw[position..(position + end)];
            position = end < 0 ? raw.Length : position + end + 1;
            var text = Encoding.ASCII.GetString(line).TrimEnd('\r');
            if (text.Length == 0)
            {
                return null;
            }

            if (text.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase))
            {
                var value = text["Message-ID:".Length..].Trim();
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    private sealed record OutboxRow(long id, string status, string? job_id);
}

/// <summary>States of a row in <c>outgoing_mail</c> as people see them.</summary>
public static class OutgoingMailStatus
{
    /// <summary>Waiting for delivery (a retry included): "not yet sent".</summary>
    public const string Queued = "queued";

    /// <summary>A delivery attempt is under way.</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>Refused permanently, or out of attempts; the reason is in last_error.</summary>
    public const string Failed = "failed";
}
