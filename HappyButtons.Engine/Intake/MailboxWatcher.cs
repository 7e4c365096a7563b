using HappyButtons.Engine.Events;
using HappyButtons.Engine.Mail.Mailboxes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// Mail arrives by push: a file-system watcher on every Maildir mailbox's new/ asks for a poll the moment a message is
/// delivered (IMAP mailboxes are pushed by <see cref="ImapIdleService"/>). IMAP mailboxes without IDLE are polled in this
/// process every PollSeconds. At start every mailbox is read once; the recurring <see cref="MailboxSweep"/> job is the
/// slow safety net for anything a watcher missed.
/// </summary>
public sealed class MailboxWatcher(
    MailboxRegistry registry,
    MailboxPolling polling,
    EventHub events,
    IOptions<MailOptions> options,
    ILogger<MailboxWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Reconcile = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, Watch> _watches = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReadMailboxes)
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
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Reading the mailbox settings for the mail watchers failed");
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
            foreach (var watch in _watches.Values)
            {
                watch.Dispose();
            }

            _watches.Clear();
        }
    }

    /// <summary>Sets up a watch per mailbox, and replaces it when the mailbox's settings changed.</summary>
    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var mailboxes = await registry.ListAsync(cancellationToken);
        foreach (var mailbox in mailboxes)
        {
            if (_watches.TryGetValue(mailbox.Department, out var existing))
            {
                if (existing.SettingsAt == mailbox.UpdatedAt)
                {
                    continue;
                }

                existing.Dispose();
            }

            _watches[mailbox.Department] = StartWatch(mailbox);
            polling.Request(mailbox.Department);
        }
    }

    private Watch StartWatch(MailboxSettings mailbox)
    {
        var department = mailbox.Department;
        if (mailbox.Kind == MailboxKind.Imap)
        {
            // IDLE pushes; without it (switched off, or the server lacks it) the mailbox is polled on its interval here.
            var interval = TimeSpan.FromSeconds(Math.Clamp(mailbox.PollSeconds, 1, 3600));
            var timer = new Timer(_ => polling.Request(department), null, interval, interval);
            return new Watch(mailbox.UpdatedAt, timer, null);
        }

        var newDirectory = Path.Combine(registry.MaildirRoot(department), "new");
        Directory.CreateDirectory(newDirectory);
        var watcher = new FileSystemWatcher(newDirectory) { NotifyFilter = NotifyFilters.FileName, IncludeSubdirectories = false };
        watcher.Created += (_, _) => polling.Request(department);
        watcher.Renamed += (_, _) => polling.Request(department);
        watcher.Error += (_, e) =>
        {
            // Typically the inotify queue overflowed: events were lost, so read the whole mailbox now.
            logger.LogWarning(e.GetException(), "The file watcher of the {Department} Maildir reported an error; reading the mailbox now", department);
            polling.Request(department);
        };
        watcher.EnableRaisingEvents = true;
        return new Watch(mailbox.UpdatedAt, null, watcher);
    }

    private sealed record Watch(DateTimeOffset SettingsAt, Timer? Timer, FileSystemWatcher? Watcher) : IDisposable
    {
        public void Dispose()
        {
            Timer?.Dispose();
            Watcher?.Dispose();
        }
    }
}
