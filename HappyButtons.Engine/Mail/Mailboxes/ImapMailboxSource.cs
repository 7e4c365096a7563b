using System.Collections.Concurrent;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Storage;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>What one poll of a mailbox did.</summary>
public sealed record MailboxPollResult(int Fetched, int Stored, bool Skipped = false, string? Error = null);

/// <summary>
/// Reads new mail from an IMAP mailbox with MailKit. One signed-in connection per mailbox stays open across polls (a
/// poll costs a SELECT and a SEARCH, not a login); it is replaced when the settings change, after an error, or when it has
/// been unused for <see cref="MaxSessionIdle"/>; each poll selects the folder again. A poll compares UIDVALIDITY with the stored one (a change means a resync
/// from UID 1; the ingest's content dedupe keeps it free of duplicates), fetches the UIDs above the stored last UID in
/// batches of <c>BODY.PEEK[]</c> into the durable ingest, and only after a batch is committed marks it \Seen or moves it
/// to the processed folder and advances the stored last UID. A broken connection loses and duplicates nothing: the next
/// poll fetches the unacknowledged UIDs again and the ingest recognises them.
/// </summary>
public sealed class ImapMailboxSource(
    MailboxRegistry registry,
    ImapMailboxConnector connector,
    MessageIngest ingest,
    MailboxBackoff backoff,
    DataDirectory dataDirectory,
    IOptions<ImapSourceOptions> options,
    TimeProvider clock,
    ILogger<ImapMailboxSource> logger) : IAsyncDisposable
{
    /// <summary>Servers end idle sessions after 30 minutes; an older kept connection is replaced rather than tried.</summary>
    public static readonly TimeSpan MaxSessionIdle = TimeSpan.FromMinutes(25);

    // One poll per mailbox at a time on this node: the schedule and IDLE may both ask for one.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _logins = new(StringComparer.Ordinal);

    /// <summary>How many times the poll opened and signed in a connection for a mailbox since the start.</summary>
    public int Logins(string department) => _logins.GetValueOrDefault(department);

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
            var (fetched, stored) = await FetchWithSessionAsync(mailbox, cancellationToken);
            backoff.Succeeded(mailbox);
            await registry.RecordFetchAsync(department, connected: true, error: null, CancellationToken.None);
            if (stored > 0)
            {
                logger.LogInformation("Ingested {Stored} new message(s) from the {Department} IMAP mailbox ({Fetched} fetched)", stored, department, fetched);
            }

            return new MailboxPollResult(fetched, stored);
        }
        catch (Exception ex) when (MailFailures.IsCredentialRejection(ex))
        {
            await CloseAsync(department);
            var until = backoff.AuthenticationRejected(mailbox);
            var error = $"{MailboxBackoff.AuthenticationFailed}: {ex.Message}";
            logger.LogWarning("Mailbox {Department}: {Error}; next login attempt not before {Until}", department, error, until);
            await registry.RecordFetchAsync(department, connected: false, error, CancellationToken.None);
            return new MailboxPollResult(0, 0, Error: error);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            await CloseAsync(department);
            var until = backoff.ConnectionFailed(mailbox);
            logger.LogWarning(ex, "Mailbox {Department}: poll failed; next attempt not before {Until}", department, until);
            await registry.RecordFetchAsync(department, connected: false, ex.Message, CancellationToken.None);
            return new MailboxPollResult(0, 0, Error: ex.Message);
        }
    }

    /// <summary>Polls over the kept connection; when that one turns out dead or stale, once more over a fresh one.</summary>
    private async Task<(int Fetched, int Stored)> FetchWithSessionAsync(MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        if (await ReuseAsync(mailbox, cancellationToken) is { } kept)
        {
            try
            {
                return await FetchNewAsync(kept, mailbox, cancellationToken);
            }
            catch (Exception ex) when (IsConnectionFailure(ex) && !MailFailures.IsCredentialRejection(ex))
            {
                logger.LogInformation("Mailbox {Department}: the kept IMAP connection failed ({Error}); reconnecting", mailbox.Department, ex.Message);
                await CloseAsync(mailbox.Department);
                mailbox = await registry.GetAsync(mailbox.Department, cancellationToken) ?? mailbox;
            }
        }

        var session = await OpenAsync(mailbox, cancellationToken);
        return await FetchNewAsync(session, mailbox, cancellationToken);
    }

    private async Task<Session?> ReuseAsync(MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        if (!_sessions.TryGetValue(mailbox.Department, out var session))
        {
            return null;
        }

        if (session.SettingsAt != mailbox.UpdatedAt || !session.Client.IsConnected || !session.Folder.IsOpen
            || clock.GetUtcNow() - session.LastUsed > MaxSessionIdle)
        {
            await CloseAsync(mailbox.Department);
            return null;
        }

        try
        {
            // SELECT again: it proves the connection alive and reads UIDVALIDITY afresh, so a folder deleted and rebuilt
            // on the server while we stayed connected is noticed (a NOOP would not tell).
            await session.Folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            return session;
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            await CloseAsync(mailbox.Department);
            return null;
        }
    }

    private async Task<Session> OpenAsync(MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        var client = await connector.ConnectAsync(mailbox, cancellationToken);
        _logins.AddOrUpdate(mailbox.Department, 1, (_, n) => n + 1);
        try
        {
            var folder = await client.GetFolderAsync(options.Value.Folder, cancellationToken);
            await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            var session = new Session(client, folder, mailbox.UpdatedAt) { LastUsed = clock.GetUtcNow() };
            _sessions[mailbox.Department] = session;
            return session;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task<(int Fetched, int Stored)> FetchNewAsync(Session session, MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        var folder = session.Folder;
        var uidValidity = folder.UidValidity;
        long lastUid = mailbox.LastUid ?? 0;
        if (mailbox.UidValidity is { } known && known != uidValidity)
        {
            logger.LogWarning("Mailbox {Department}: UIDVALIDITY changed from {Old} to {New}; resynchronising from UID 1 (content dedupe prevents duplicates)",
                mailbox.Department, known, uidValidity);
            lastUid = 0;
        }

        if (mailbox.UidValidity != uidValidity)
        {
            await registry.SaveSyncStateAsync(mailbox.Department, uidValidity, lastUid, cancellationToken);
        }

        var (fetched, stored) = (0, 0);
        var tempDirectory = dataDirectory.PathFor("tmp", "imap");
        Directory.CreateDirectory(tempDirectory);
        while (true)
        {
            // "UID n:*" always returns the highest UID, even when it is below n.
            var range = new UniqueIdRange(new UniqueId(uidValidity, (uint)lastUid + 1), UniqueId.MaxValue);
            var uids = (await folder.SearchAsync(SearchQuery.Uids(range), cancellationToken)).Where(u => u.Id > lastUid).ToList();
            if (uids.Count == 0)
            {
                session.LastUsed = clock.GetUtcNow();
                return (fetched, stored);
            }

            foreach (var batch in uids.Chunk(options.Value.BatchSize))
            {
                var committed = await FetchBatchAsync(folder, batch, mailbox.Department, uidValidity, tempDirectory, cancellationToken);
                if (committed.Uids.Count > 0)
                {
                    await AcknowledgeAsync(session, mailbox, committed.Uids, cancellationToken);
                }

                // Expunged between SEARCH and FETCH counts as done too; the batch is behind us either way.
                lastUid = batch.Max(u => u.Id);
                await registry.SaveSyncStateAsync(mailbox.Department, uidValidity, lastUid, cancellationToken);
                fetched += committed.Uids.Count;
                stored += committed.Stored;
            }
        }
    }

    /// <summary>One <c>UID FETCH … (BODY.PEEK[])</c> for the batch, streamed into the ingest; returns the committed UIDs.</summary>
    private async Task<(IReadOnlyList<UniqueId> Uids, int Stored)> FetchBatchAsync(
        IMailFolder folder, UniqueId[] batch, string department, uint uidValidity, string tempDirectory, CancellationToken cancellationToken)
    {
        var dates = (await folder.FetchAsync(batch, MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate, cancellationToken))
            .ToDictionary(s => s.UniqueId.Id, s => s.InternalDate);
        var sink = new ImapIngestSink(ingest, department, uidValidity, tempDirectory, cancellationToken);
        try
        {
            await ((ImapFolder)folder).GetStreamsAsync(batch,
                (_, _, uid, stream, token) => sink.AddAsync(uid.Id, dates.GetValueOrDefault(uid.Id), stream, token), cancellationToken);
        }
        finally
        {
            // Ingests already started finish (or fail) before anything is acknowledged or the error goes up.
            await sink.CompleteAsync();
        }

        return (sink.Committed.Select(uid => new UniqueId(uidValidity, uid)).ToList(), sink.Stored);
    }

    private async Task AcknowledgeAsync(Session session, MailboxSettings mailbox, IReadOnlyList<UniqueId> uids, CancellationToken cancellationToken)
    {
        var folder = session.Folder;
        await folder.AddFlagsAsync(uids.ToList(), MessageFlags.Seen, silent: true, cancellationToken);
        if (!mailbox.MovesProcessedMail)
        {
            return;
        }

        var name = mailbox.ProcessedFolder!.Trim();
        IMailFolder target;
        try
        {
            target = await session.Client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            logger.LogInformation("Mailbox {Department}: creating the processed folder {Folder}", mailbox.Department, name);
            var root = session.Client.GetFolder(session.Client.PersonalNamespaces[0]);
            target = await root.CreateAsync(name, isMessageFolder: true, cancellationToken)
                     ?? throw new FolderNotFoundException(name);
        }

        await folder.MoveToAsync(uids.ToList(), target, cancellationToken);
    }

    /// <summary>Network, TLS, protocol and server refusals: the poll records them and backs off; anything else is a bug and goes up.</summary>
    internal static bool IsConnectionFailure(Exception ex) =>
        ex is IOException or System.Net.Sockets.SocketException or TimeoutException or ProtocolException or CommandException
            or ServiceNotConnectedException or ServiceNotAuthenticatedException or FolderNotFoundException or FolderNotOpenException
            or Tls.MailTlsException or MailKit.Security.AuthenticationException or OAuthException;

    /// <summary>Closes the kept connection of a mailbox (settings changed, an error, shutdown).</summary>
    public async Task CloseAsync(string department)
    {
        if (_sessions.TryRemove(department, out var session))
        {
            await session.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var department in _sessions.Keys.ToList())
        {
            await CloseAsync(department);
        }
    }

    private sealed class Session(ImapClient client, IMailFolder folder, DateTimeOffset settingsAt) : IAsyncDisposable
    {
        public ImapClient Client { get; } = client;
        public IMailFolder Folder { get; } = folder;
        public DateTimeOffset SettingsAt { get; } = settingsAt;
        public DateTimeOffset LastUsed { get; set; }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (Client.IsConnected)
                {
                    using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                    await Client.DisconnectAsync(quit: true, quick.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ProtocolException or CommandException or System.Net.Sockets.SocketException)
            {
                // Closing a connection that already broke: nothing to do.
            }
            finally
            {
                Client.Dispose();
            }
        }
    }
}
