using System.Collections.Concurrent;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Imap;
using HappyButtons.Engine.Mail.Tls;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>What one poll of a mailbox did.</summary>
public sealed record MailboxPollResult(int Fetched, int Stored, bool Skipped = false, string? Error = null);

/// <summary>
/// Reads new mail from an IMAP mailbox: selects the folder, compares UIDVALIDITY with the stored one (a change
/// means a resync from UID 1; the ingest's content dedupe keeps it free of duplicates), fetches the UIDs above
/// the stored last UID in batches streamed into the durable ingest, and only after a batch is committed marks it
/// \Seen or moves it to the processed folder and advances the stored last UID. A broken connection loses and
/// duplicates nothing: the next poll fetches the unacknowledged UIDs again and the ingest recognises them.
/// </summary>
public sealed class ImapMailboxSource(
    MailboxRegistry registry,
    ImapMailboxConnector connector,
    MessageIngest ingest,
    MailboxBackoff backoff,
    DataDirectory dataDirectory,
    IOptions<ImapSourceOptions> options,
    ILogger<ImapMailboxSource> logger)
{
    private static readonly string[] Seen = [@"\Seen"];

    // One poll per mailbox at a time on this node: the schedule and IDLE may both ask for one.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public async Task<MailboxPollResult> PollAsync(string department, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(department, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var mailbox = await registry.GetAsync(department, cancellationToken)
                          ?? throw new InvalidOperationException($"There is no mailbox for department '{department}'.");
            if (backoff.BlockedUntil(mailbox) is { } until)
            {
                logger.LogDebug("Mailbox {Department}: not connecting before {Until} after the last failure", department, until);
                return new MailboxPollResult(0, 0, Skipped: true);
            }

            return await PollUnlockedAsync(mailbox, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<MailboxPollResult> PollUnlockedAsync(MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        var department = mailbox.Department;
        try
        {
            await using var client = await connector.ConnectAsync(mailbox, cancellationToken);
            var (fetched, stored) = await FetchNewAsync(client, mailbox, cancellationToken);
            await client.LogoutAsync(cancellationToken);
            backoff.Succeeded(mailbox);
            await registry.RecordFetchAsync(department, connected: true, error: null, CancellationToken.None);
            if (stored > 0)
            {
                logger.LogInformation("Ingested {Stored} new message(s) from the {Department} IMAP mailbox ({Fetched} fetched)", stored, department, fetched);
            }

            return new MailboxPollResult(fetched, stored);
        }
        catch (ImapAuthenticationException ex)
        {
            var until = backoff.AuthenticationRejected(mailbox);
            var error = $"{MailboxBackoff.AuthenticationFailed}: {ex.Message}";
            logger.LogWarning("Mailbox {Department}: {Error}; next login attempt not before {Until}", department, error, until);
            await registry.RecordFetchAsync(department, connected: false, error, CancellationToken.None);
            return new MailboxPollResult(0, 0, Error: error);
        }
        catch (Exception ex) when (ex is ImapException or MailTlsException or IOException or NotSupportedException or TimeoutException)
        {
            var until = backoff.ConnectionFailed(mailbox);
            logger.LogWarning(ex, "Mailbox {Department}: poll failed; next attempt not before {Until}", department, until);
            await registry.RecordFetchAsync(department, connected: false, ex.Message, CancellationToken.None);
            return new MailboxPollResult(0, 0, Error: ex.Message);
        }
    }

    private async Task<(int Fetched, int Stored)> FetchNewAsync(ImapClient client, MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        var folder = await client.SelectAsync(options.Value.Folder, cancellationToken);
        long lastUid = mailbox.LastUid ?? 0;
        if (mailbox.UidValidity is { } known && known != folder.UidValidity)
        {
            logger.LogWarning("Mailbox {Department}: UIDVALIDITY changed from {Old} to {New}; resynchronising from UID 1 (content dedupe prevents duplicates)",
                mailbox.Department, known, folder.UidValidity);
            lastUid = 0;
        }

        if (mailbox.UidValidity != folder.UidValidity)
        {
            await registry.SaveSyncStateAsync(mailbox.Department, folder.UidValidity, lastUid, cancellationToken);
        }

        var (fetched, stored) = (0, 0);
        var tempDirectory = dataDirectory.PathFor("tmp", "imap");
        Directory.CreateDirectory(tempDirectory);
        while (true)
        {
            // "UID n:*" always returns the highest UID, even when it is below n.
            var uids = (await client.SearchAsync(ImapSearchQuery.UidFrom((uint)lastUid + 1), cancellationToken)).Where(u => u > lastUid).ToList();
            if (uids.Count == 0)
            {
                return (fetched, stored);
            }

            foreach (var batch in uids.Chunk(options.Value.BatchSize))
            {
                var sink = new ImapIngestSink(ingest, mailbox.Department, folder.UidValidity, tempDirectory, cancellationToken);
                try
                {
                    await client.FetchMessagesAsync(ImapUidSet.Of(batch), sink, cancellationToken);
                }
                finally
                {
                    // Ingests already started finish (or fail) before anything is acknowledged or the error goes up.
                    await sink.CompleteAsync();
                }

                if (sink.Committed.Count > 0)
                {
                    await AcknowledgeAsync(client, mailbox, sink.Committed, cancellationToken);
                }

                // Expunged between SEARCH and FETCH counts as done too; the batch is behind us either way.
                lastUid = batch.Max();
                await registry.SaveSyncStateAsync(mailbox.Department, folder.UidValidity, lastUid, cancellationToken);
                fetched += sink.Committed.Count;
                stored += sink.Stored;
            }
        }
    }

    private async Task AcknowledgeAsync(ImapClient client, MailboxSettings mailbox, IReadOnlyList<uint> uids, CancellationToken cancellationToken)
    {
        var set = ImapUidSet.Of(uids);
        if (!mailbox.MovesProcessedMail)
        {
            await client.AddFlagsAsync(set, Seen, cancellationToken);
            return;
        }

        var target = mailbox.ProcessedFolder!.Trim();
        await client.AddFlagsAsync(set, Seen, cancellationToken);
        try
        {
            await client.MoveAsync(set, target, cancellationToken);
        }
        catch (ImapCommandException ex) when (ex.ResponseCode?.Is("TRYCREATE") == true || ex.ResponseText.Contains("exist", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogInformation("Mailbox {Department}: creating the processed folder {Folder}", mailbox.Department, target);
            await client.CreateFolderAsync(target, cancellationToken);
            await client.MoveAsync(set, target, cancellationToken);
        }
    }
}
