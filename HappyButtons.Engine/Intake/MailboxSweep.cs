using Hangfire;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// The recurring safety net behind push delivery: every few minutes every mailbox is read, in case a watcher or an IDLE
/// session missed a notification. A mailbox that cannot be read records the error on itself (the admin page shows it);
/// the job fails only when none could be read. It runs in its own queue, which only nodes that read mailboxes
/// (<c>HappyButtons:Mail:ReadMailboxes</c>) take jobs from: on any other node it would have nothing to read.
/// </summary>
public sealed class MailboxSweep(MailboxRegistry registry, MailboxPolling polling, ILogger<MailboxSweep> logger)
{
    public const string RecurringId = "mailbox-sweep";

    /// <summary>The Hangfire queue of the sweep, served only by nodes that read mailboxes.</summary>
    public const string Queue = "mailboxes";

    [JobName("Postfächer prüfen (Sicherheitsnetz)", "Mailbox sweep (safety net)")]
    [AutomaticRetry(Attempts = 0)]
    [Queue(Queue)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        var mailboxes = await registry.ListAsync(cancellationToken);
        foreach (var mailbox in mailboxes)
        {
            try
            {
                await polling.PollAsync(mailbox.Department, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The sweep could not read the {Department} mailbox", mailbox.Department);
                failures.Add($"{mailbox.Department}: {exception.Message}");
            }
        }

        if (failures.Count > 0 && failures.Count == mailboxes.Count)
        {
            throw new InvalidOperationException("No mailbox could be read: " + string.Join("; ", failures));
        }
    }
}
