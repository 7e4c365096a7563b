using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Auth;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// Holds one IDLE connection per IMAP mailbox and asks for a poll (<see cref="MailboxPolling"/>) as soon as the server
/// announces new mail, so mail arrives within a second or two instead of at the next poll. <see cref="MailboxWatcher"/>
/// keeps polling on the mailbox's interval regardless, so a lost IDLE session delays mail at most one poll interval.
/// Servers without IDLE are simply left to that interval. Reconnects back off (see <see cref="MailboxBackoff"/>).
/// </summary>
public sealed class ImapIdleService(
    MailboxRegistry registry,
    ImapMailboxConnector connector,
    MailboxBackoff backoff,
    MailboxPolling polling,
    EventHub events,
    IOptions<ImapSourceOptions> options,
    IOptions<MailOptions> mailOptions,
    TimeProvider clock,
    ILogger<ImapIdleService> logger) : BackgroundService
{
    private static readonly TimeSpan Reconcile = TimeSpan.FromSeconds(15);
    private readonly Dictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Idle || !mailOptions.Value.ReadMailboxes)
        {
            return;
        }

        using var changes = events.Subscribe(e => e is MailboxStatusChanged, capacity: 64);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ReconcileAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "IDLE: reading the mailbox settings failed");
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(Reconcile);
                try
                {
                    await changes.Reader.ReadAsync(wait.Token);
                    while (changes.Reader.TryRead(out _))
                    {
                    }
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var session in _sessions.Values)
            {
                await session.StopAsync();
            }

            _sessions.Clear();
        }
    }

    /// <summary>Starts a session for every IMAP mailbox, and restarts or stops it when its settings change.</summary>
    private async Task ReconcileAsync(CancellationToken stoppingToken)
    {
        var wanted = (await registry.ListAsync(stoppingToken)).Where(m => m.Kind == MailboxKind.Imap && !string.IsNullOrWhiteSpace(m.Host))
            .ToDictionary(m => m.Department);
        foreach (var (department, session) in _sessions.ToList())
        {
            if (!wanted.TryGetValue(department, out var mailbox) || mailbox.UpdatedAt != session.SettingsAt)
            {
                await session.StopAsync();
                _sessions.Remove(department);
            }
        }

        foreach (var (department, mailbox) in wanted)
        {
            if (!_sessions.ContainsKey(department))
            {
                var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                _sessions[department] = new Session(mailbox.UpdatedAt, cancel, Task.Run(() => RunAsync(department, cancel.Token), CancellationToken.None));
            }
        }
    }

    private async Task RunAsync(string department, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var mailbox = await registry.GetAsync(department, cancellationToken);
            if (mailbox is not { Kind: MailboxKind.Imap })
            {
                return;
            }

            if (backoff.BlockedUntil(mailbox) is { } until)
            {
                await DelayAsync(until - clock.GetUtcNow(), cancellationToken);
                continue;
            }

            try
            {
                if (!await IdleAsync(mailbox, cancellationToken))
                {
                    logger.LogInformation("Mailbox {Department}: the server does not offer IDLE; mail is fetched on the poll schedule", department);
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (MailFailures.IsCredentialRejection(ex))
            {
                var next = backoff.AuthenticationRejected(mailbox);
                logger.LogWarning("Mailbox {Department}: IDLE login rejected; next attempt not before {Until}", department, next);
                await registry.RecordFetchAsync(department, connected: false, $"{MailboxBackoff.AuthenticationFailed}: {ex.Message}", CancellationToken.None);
            }
            catch (Exception ex)
            {
                var next = backoff.ConnectionFailed(mailbox);
                logger.LogWarning(ex, "Mailbox {Department}: IDLE connection failed; reconnecting not before {Until}", department, next);
                await registry.RecordConnectedAsync(department, connected: false, CancellationToken.None);
            }
        }
    }

    /// <summary>Connects and idles until cancelled or the connection breaks. False when the server has no IDLE.</summary>
    private async Task<bool> IdleAsync(MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        using var client = await connector.ConnectAsync(mailbox, cancellationToken);
        if (!client.Capabilities.HasFlag(ImapCapabilities.Idle))
        {
            return false;
        }

        var folder = await client.GetFolderAsync(options.Value.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        backoff.Succeeded(mailbox);
        await registry.RecordConnectedAsync(mailbox.Department, connected: true, cancellationToken);
        // Mail that arrived while no session was open.
        polling.Request(mailbox.Department);
        var max = TimeSpan.FromMinutes(options.Value.IdleMinutes);
        var newMail = 0;
        CancellationTokenSource? done = null;
        // EXISTS (and RECENT) arrive while IDLE runs: end it (DONE), poll, and idle again.
        void OnCountChanged(object? sender, EventArgs e)
        {
            Interlocked.Exchange(ref newMail, 1);
            done?.Cancel();
        }

        folder.CountChanged += OnCountChanged;
        folder.RecentChanged += OnCountChanged;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using (done = new CancellationTokenSource(max))
                {
                    if (Volatile.Read(ref newMail) == 0)
                    {
                        await client.IdleAsync(done.Token, cancellationToken);
                    }
                }

                done = null;
                if (Interlocked.Exchange(ref newMail, 0) == 1)
                {
                    polling.Request(mailbox.Department);
                }
                else
                {
                    // Re-issued every IdleMinutes; a NOOP in between lets a dead connection show itself.
                    await client.NoOpAsync(cancellationToken);
                }
            }
        }
        finally
        {
            folder.CountChanged -= OnCountChanged;
            folder.RecentChanged -= OnCountChanged;
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed record Session(DateTimeOffset SettingsAt, CancellationTokenSource Cancel, Task Loop)
    {
        public async Task StopAsync()
        {
            await Cancel.CancelAsync();
            try
            {
                await Loop;
            }
            catch (Exception)
            {
                // The loop records its own failures; stopping only waits for it to end.
            }

            Cancel.Dispose();
        }
    }
}
