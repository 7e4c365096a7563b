using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Intake;

public sealed record PollMailboxPayload(string Department);

/// <summary>
/// The <c>mail.poll</c> job. A Maildir mailbox: the messages in new/ are ingested durably, in groups of
/// <see cref="MessageIngest.GroupSize"/>, and only then moved to cur/ with the Seen flag; a crash between the two
/// repeats the ingest, which finds the messages.
/// An IMAP mailbox is read by <see cref="ImapMailboxSource"/>, which records its errors on the mailbox.
/// </summary>
public sealed class MaildirPoller(MailboxRegistry mailboxes, MessageIngest ingest, ImapMailboxSource imap, ILogger<MaildirPoller> logger)
    : IJobHandler<PollMailboxPayload>
{
    public const string Kind = "mail.poll";

    /// <summary>Groups of new mail one Maildir poll ingests side by side.</summary>
    public const int GroupsInFlight = 2;

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
        // Two groups at once: one writes its files while the other waits for its flushes and its commit.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = GroupsInFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(maildir.ListNew().Chunk(MessageIngest.GroupSize), parallel, async (group, ct) =>
            Interlocked.Add(ref count, await IngestGroupAsync(maildir, payload.Department, group, ct)));

        await mailboxes.RecordFetchAsync(payload.Department, connected: true, error: null, cancellationToken);
        if (count > 0)
        {
            logger.LogInformation("Ingested {Count} new message(s) from the {Department} Maildir", count, payload.Department);
        }
    }

    /// <summary>Ingests a group of new/ messages together, then moves each to cur/. Returns how many were taken.</summary>
    private async Task<int> IngestGroupAsync(MaildirMailbox maildir, string department, MaildirEntry[] group, CancellationToken cancellationToken)
    {
        var opened = new List<(MaildirEntry Entry, Stream Stream)>(group.Length);
        try
        {
            foreach (var entry in group)
            {
                if (maildir.OpenRead(entry.SourceId) is { } stream)
                {
                    opened.Add((entry, stream));
                }
                // else: taken by a concurrent poll
            }

            if (opened.Count == 0)
            {
                return 0;
            }

            await ingest.IngestManyAsync(
                opened.Select(o => new IngestItem(new IngestRequest(department, o.Entry.SourceId, o.Entry.DeliveredAt), o.Stream, (o.Stream as FileStream)?.Name)).ToList(), cancellationToken);
        }
        finally
        {
            foreach (var (_, stream) in opened)
            {
                await stream.DisposeAsync();
            }
        }

        foreach (var (entry, _) in opened)
        {
            await maildir.MarkSeenAsync(entry.SourceId, cancellationToken);
        }

        return opened.Count;
    }

    public static string RecurringName(string department) => $"{Kind}.{department}";
}
