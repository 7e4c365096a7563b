using Hangfire;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// The recurring safety net behind push delivery: every few minutes every mailbox is read, in case a watcher or an IDLE
/// session missed a notification. A mailbox that cannot be read records the error on itself (the admin page shows it);
/// the job fails only when none could be read.
/// </summary>
public sealed class MailboxSweep(MailboxRegistry registry, MailboxPolling polling, IOptions<MailOptions> options, ILogger<MailboxSweep> logger)
{
    public const string RecurringId = "mailbox-sweep";

    [JobName("Postfächer prüfen (Sicherheitsnetz)", "Mailbox sweep (safety net)")]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ReadMailboxes)
        {
            // Another node reads the mailboxes; Hangfire may run this job on any node.
            return;
        }

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
