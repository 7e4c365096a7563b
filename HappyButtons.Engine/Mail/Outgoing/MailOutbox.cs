using System.Security.Cryptography;
using System.Text;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Store;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>Payload of the <c>mail.send</c> job: the raw message by its content hash, the envelope, and the sending mailbox.</summary>
/// <param name="Mailbox">Department whose Sent folder gets a copy (IMAP mailboxes with a Sent folder); null for none.</param>
public sealed record SendMailPayload(string BlobHash, string From, IReadOnlyList<string> Recipients, string? Mailbox);

/// <summary>
/// The way to send mail: stores the composed bytes durably (content-addressed) and queues a <c>mail.send</c> job,
/// which retries transient failures with backoff and ends Dead with the server's reply on a permanent one.
/// Queuing the same bytes to the same envelope twice yields one job and one delivery.
/// </summary>
public sealed class MailOutbox(RawMailStore rawStore, JobQueue jobs, TimeProvider clock)
{
    public const string SendKind = "mail.send";

    public async Task<long> QueueAsync(ReadOnlyMemory<byte> rawMessage, MailEnvelope envelope, string? mailbox, CancellationToken cancellationToken)
    {
        if (envelope.Recipients.Count == 0)
        {
            throw new ArgumentException("A message needs at least one recipient.", nameof(envelope));
        }

        var blob = await rawStore.StoreAsync(rawMessage, cancellationToken);
        var payload = new SendMailPayload(blob.Hash, envelope.From, envelope.Recipients, mailbox);
        return await jobs.EnqueueAsync(SendKind, payload, new EnqueueOptions { DedupeKey = $"{SendKind}:{SendKey(payload)}" }, cancellationToken);
    }

    public Task<long> QueueAsync(OutgoingMessage message, string? mailbox, CancellationToken cancellationToken) =>
        QueueAsync(MailComposer.ToBytes(message, clock), EnvelopeOf(message), mailbox, cancellationToken);

    public static MailEnvelope EnvelopeOf(OutgoingMessage message) =>
        new(message.From.Address, message.To.Concat(message.Cc).Concat(message.Bcc).Select(a => a.Address).Distinct(StringComparer.OrdinalIgnoreCase).ToList());

    /// <summary>Identifies one delivery: the same bytes to the same envelope.</summary>
    public static string SendKey(SendMailPayload payload)
    {
        var envelope = SHA256.HashData(Encoding.UTF8.GetBytes(payload.From + "\n" + string.Join("\n", payload.Recipients)));
        return $"{payload.BlobHash}:{Convert.ToHexStringLower(envelope)[..16]}";
    }
}
