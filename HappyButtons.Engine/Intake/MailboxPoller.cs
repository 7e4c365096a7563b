using System.Collections.Concurrent;
using HappyButtons.Engine.Mail.Mailboxes;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// Reads one mailbox now (run through <see cref="MailboxPolling"/>, which keeps it to one poll per mailbox at a time). A
/// Maildir mailbox: the messages in new/ are ingested durably, in groups of
/// <see cref="MessageIngest.GroupSize"/>, and only then moved to cur/ with the Seen flag; a crash between the two
/// repeats the ingest, which finds the messages.
/// An IMAP mailbox is read by <see cref="ImapMailboxSource"/>, which records its errors on the mailbox.
/// </summary>
public sealed class MailboxPoller(MailboxRegistry mailboxes, MessageIngest ingest, ImapMailboxSource imap, ILogger<MailboxPoller> logger)
{
    /// <summary>Groups of new mail one Maildir poll ingests side by side.</summary>
    public const int GroupsInFlight = 2;

    public async Task PollAsync(string department, CancellationToken cancellationToken)
    {
        var settings = await mailboxes.GetAsync(department, cancellationToken)
                       ?? throw new InvalidOperationException($"There is no mailbox for department '{department}'.");
        if (settings.Kind == MailboxKind.Imap)
        {
            await imap.PollAsync(department, cancellationToken);
            return;
        }

        var maildir = new MaildirMailbox(mailboxes.MaildirRoot(department));
        var entries = maildir.ListNew();
        var problems = new ConcurrentQueue<string>(entries.Where(e => !e.IsRegularFile)
            .Select(e => $"{e.SourceId}: not a regular file (a link, pipe or device is never read as a message)"));
        var count = 0;
        // Two groups at once: one writes its files while the other waits for its flushes and its commit.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = GroupsInFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(MessageIngest.Groups(entries.Where(e => e.IsRegularFile), e => e.Size), parallel, async (group, ct) =>
            Interlocked.Add(ref count, await IngestGroupAsync(maildir, department, group, problems, ct)));

        await mailboxes.RecordFetchAsync(department, connected: true, error: null, cancellationToken);
        if (count > 0)
        {
            logger.LogInformation("Ingested {Count} new message(s) from the {Department} Maildir", count, department);
        }

        if (!problems.IsEmpty)
        {
            // The rest of the mail is in; these stay in new/ for a person to look at, and the mailbox says so.
            var list = problems.Order(StringComparer.Ordinal).ToList();
            logger.LogWarning("{Count} file(s) in the {Department} Maildir's new/ could not be taken: {Problems}", list.Count, department, string.Join("; ", list));
            await mailboxes.RecordFetchAsync(department, connected: true,
                error: $"{list.Count} file(s) in new/ left unread: " + string.Join("; ", list.Take(3)) + (list.Count > 3 ? "; …" : ""), cancellationToken);
        }
    }

    /// <summary>
    /// Ingests a group of new/ messages together, then moves each to cur/. Should the group fail (one file cannot be
    /// read, say), its messages are tried one at a time, so one bad file never holds up the others; each that still
    /// fails stays in new/ and is reported in <paramref name="problems"/>. Returns how many were taken.
    /// </summary>
    private async Task<int> IngestGroupAsync(MaildirMailbox maildir, string department, MaildirEntry[] group, ConcurrentQueue<string> problems,
        CancellationToken cancellationToken)
    {
        try
        {
            return await IngestTogetherAsync(maildir, department, group, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (group.Length == 1)
            {
                logger.LogWarning(exception, "Mail {SourceId} in the {Department} Maildir could not be ingested; it stays in new/", group[0].SourceId, department);
                problems.Enqueue($"{group[0].SourceId}: {exception.Message}");
                return 0;
            }

            logger.LogWarning(exception, "A group of {Count} mails in the {Department} Maildir could not be ingested together; trying them one at a time",
                group.Length, department);
            var taken = 0;
            foreach (var entry in group)
            {
                taken += await IngestGroupAsync(maildir, department, [entry], problems, cancellationToken);
            }

            return taken;
        }
    }

    private async Task<int> IngestTogetherAsync(MaildirMailbox maildir, string department, MaildirEntry[] group, CancellationToken cancellationToken)
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
}
