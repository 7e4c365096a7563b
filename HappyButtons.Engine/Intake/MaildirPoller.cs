using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Intake;

public sealed record PollMailboxPayload(string Department);

/// <summary>
/// The <c>mail.poll</c> job. A Maildir mailbox: every message in new/ is ingested durably and only then
/// moved to cur/ with the Seen flag; a crash between the two repeats the ingest, which finds the message.
/// An IMAP mailbox is read by <see cref="ImapMailboxSource"/>, which records its errors on the mailbox.
/// </summary>
public sealed class MaildirPoller(MailboxRegistry mailboxes, MessageIngest ingest, ImapMailboxSource imap, ILogger<MaildirPoller> logger)
    : IJobHandler<PollMailboxPayload>
{
    public const string Kind = "mail.poll";

    /// <summary>Messages ingested concurrently by one poll (Maildir and IMAP).</summary>
    public const int ParallelIngests = 2;

    public async Task HandleAsync(PollMailboxPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        var settings = await mailboxes.GetAsync(payload.Department, cancellationToken)
                       ?? throw new PermanentJobFailureException($"There is no mailbox for department '{payload.Department}'.");
        if (settings.Kind == MailboxKind.Imap)
        {
            await imap.PollAsync(payload.Department, cancellationToken);
            return;
        }

        var maildir = new MaildirMailbox(mailboxes.MaildirRoot(payload.Department));
        var count = 0;
        // Two at once: one ingest waits for its fsync while the other commits. More only make SQLite writers sleep-poll for the lock.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelIngests, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(maildir.ListNew(), parallel, async (entry, ct) =>
        {
            await using (var stream = maildir.OpenRead(entry.SourceId))
            {
                if (stream is null)
                {
                    return; // taken by a concurrent poll
                }

                await ingest.IngestAsync(new IngestRequest(payload.Department, entry.SourceId, entry.DeliveredAt), stream, ct);
            }

            await maildir.MarkSeenAsync(entry.SourceId, ct);
            Interlocked.Increment(ref count);
        });

        await mailboxes.RecordFetchAsync(payload.Department, connected: true, error: null, cancellationToken);
        if (count > 0)
        {
            logger.LogInformation("Ingested {Count} new message(s) from the {Department} Maildir", count, payload.Department);
        }
    }

    public static string RecurringName(string department) => $"{Kind}.{department}";
}
