using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Intake.Demo;

/// <summary>
/// On the first start with demo data enabled, delivers the sample mails of <see cref="DemoMailCatalog"/> into the
/// Maildir new/ folders of the department mailboxes; the regular poll jobs then ingest them like any other mail.
/// A marker file (<c>&lt;data&gt;/demo/.seeded</c>) records that it happened, so later starts drop nothing; a database that
/// already holds mail never gets demo mail, whatever the setting says.
/// </summary>
public sealed class DemoMailDrop(
    MailboxRegistry mailboxes,
    IDbContextFactory<HappyButtonsDbContext> contexts,
    DataDirectory dataDirectory,
    IOptions<DemoOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DemoMailDrop> logger) : IInstallationStep
{
    public string MarkerPath => dataDirectory.PathFor("demo", ".seeded");

    public bool IsEnabled => options.Value.Enabled ?? environment.IsDevelopment();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled || File.Exists(MarkerPath))
        {
            return;
        }

        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await context.Messages.AnyAsync(cancellationToken))
            {
                logger.LogWarning("Demo data is enabled, but this installation already holds mail; no demo mail is delivered");
                return;
            }
        }

        var settings = (await mailboxes.ListAsync(cancellationToken)).ToDictionary(m => m.Department);
        var now = clock.GetUtcNow();
        var catalog = new DemoMailCatalog(department => settings.TryGetValue(department, out var m) ? m.Address : $"{department}@happybuttons.de", now);
        var delivered = 0;
        foreach (var mail in catalog.All())
        {
            if (!settings.TryGetValue(mail.Mailbox, out var mailbox) || mailbox.Kind != MailboxKind.Maildir)
            {
                continue; // an IMAP mailbox belongs to a real server; demo mail is never put there
            }

            var maildir = new MaildirMailbox(mailboxes.MaildirRoot(mail.Mailbox), clock);
            var name = await maildir.DeliverAsync(MailComposer.ToBytes(mail.Message, clock), cancellationToken);
            // The delivery time of a Maildir message is its file time: spread the samples over the last days.
            File.SetLastWriteTimeUtc(Path.Combine(maildir.Root, "new", name), (now - mail.Age).UtcDateTime);
            delivered++;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(MarkerPath)!);
        await File.WriteAllTextAsync(MarkerPath, $"Demo mail delivered {now:O}: {delivered} messages.\n", cancellationToken);
        logger.LogInformation("Demo data: delivered {Count} sample mails into the Maildir mailboxes (HappyButtons:Demo:Enabled)", delivered);
    }
}
