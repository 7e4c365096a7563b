using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hangfire;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
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
    IDbContextFactory<HappyButtonsDbContext> contexts,
    ISqlDialect dialect,
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
        var row = await FindAsync(key, cancellationToken) ?? await InsertAsync(key, messageId, blob.Hash, envelope, mailbox, cancellationToken);
        if (row.Status == OutgoingMailStatus.Queued && row.JobId is null)
        {
            await DispatchAsync(row.Id, cancellationToken);
        }

        return row.Id;
    }

    public Task<long> QueueAsync(OutgoingMessage message, string? mailbox, CancellationToken cancellationToken) =>
        QueueAsync(MailComposer.ToBytes(message, clock), EnvelopeOf(message), mailbox, cancellationToken);

    public static MailEnvelope EnvelopeOf(OutgoingMessage message) =>
        new(message.From.Address, message.To.Concat(message.Cc).Concat(message.Bcc).Select(a => a.Address).Distinct(StringComparer.OrdinalIgnoreCase).ToList());

    /// <summary>
    /// Enqueues delivery for every unsent mail that has no job: queued before a crash, carried over from an older release,
    /// or whose job vanished from the job store. Returns how many were enqueued.
    /// </summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        List<OutboxRow> rows;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            rows = await context.OutgoingMail.AsNoTracking()
                .Where(m => m.Status == OutgoingMailStatus.Queued || m.Status == OutgoingMailStatus.Sending)
                .OrderBy(m => m.Id).Select(m => new OutboxRow(m.Id, m.Status, m.JobId)).ToListAsync(cancellationToken);
        }

        var dispatched = 0;
        foreach (var row in rows.Where(r => r.JobId is null || !JobStillExists(r.JobId)))
        {
            await DispatchAsync(row.Id, cancellationToken);
            dispatched++;
        }

        if (dispatched > 0)
        {
            logger.LogInformation("Enqueued delivery of {Count} outgoing mail(s) that had no delivery job", dispatched);
        }

        return dispatched;
    }

    private async Task<OutboxRow?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.OutgoingMail.AsNoTracking().Where(m => m.SendKey == key)
            .Select(m => new OutboxRow(m.Id, m.Status, m.JobId)).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<OutboxRow> InsertAsync(string key, string? messageId, string blobHash, MailEnvelope envelope, string? mailbox, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var mail = new OutgoingMail
        {
            SendKey = key, MessageIdHeader = messageId, BlobHash = blobHash, Mailbox = mailbox, EnvelopeFrom = envelope.From,
            Recipients = JsonSerializer.Serialize(envelope.Recipients), Status = OutgoingMailStatus.Queued, CreatedAt = now, UpdatedAt = now,
        };
        try
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            using var turn = await writeGate.EnterAsync(cancellationToken);
            context.OutgoingMail.Add(mail);
            await context.SaveChangesAsync(cancellationToken);
            return new OutboxRow(mail.Id, mail.Status, null);
        }
        catch (DbUpdateException e) when (e.InnerException is System.Data.Common.DbException inner && dialect.IsUniqueViolation(inner))
        {
            // Queued at the same moment by someone else: one row, one delivery.
            if (await FindAsync(key, cancellationToken) is { } existing)
            {
                return existing;
            }

            throw;
        }
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
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await context.OutgoingMail.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.JobId, jobId), cancellationToken);
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

    private sealed record OutboxRow(long Id, string Status, string? JobId);
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
