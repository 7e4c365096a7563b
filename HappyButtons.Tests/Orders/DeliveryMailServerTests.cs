using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Agents;
using HappyButtons.Tests.Fixtures.MailServers;
using HappyButtons.Tests.Mail.Mailboxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Orders;

/// <summary>The delivery mail through the real Postfix into the customer's real Dovecot mailbox, exactly once.</summary>
[Collection(MailServerCollection.Name)]
public sealed class DeliveryMailServerTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const string Customer = "info@happybuttons.test";

    private AgentSite Site() => new(new Dictionary<string, string?>
    {
        ["HappyButtons:Smtp:Host"] = "127.0.0.1",
        ["HappyButtons:Smtp:Port"] = servers.SmtpPort.ToString(),
        ["HappyButtons:Smtp:Security"] = "StartTls",
        ["HappyButtons:Smtp:PinnedThumbprint"] = servers.CertificateSha256,
        ["HappyButtons:Smtp:From"] = "sales@happybuttons.test",
        ["HappyButtons:Mailboxes:0:Department"] = "sales",
        ["HappyButtons:Mailboxes:0:Address"] = "sales@happybuttons.test",
        ["HappyButtons:Mailboxes:0:Kind"] = "Imap",
        ["HappyButtons:Mailboxes:0:Host"] = "127.0.0.1",
        ["HappyButtons:Mailboxes:0:Port"] = servers.ImapPort.ToString(),
        ["HappyButtons:Mailboxes:0:Security"] = "StartTls",
        ["HappyButtons:Mailboxes:0:PinnedThumbprint"] = servers.CertificateSha256,
        ["HappyButtons:Mailboxes:0:User"] = "sales@happybuttons.test",
        ["HappyButtons:Mailboxes:0:Password"] = MailServerFixture.Passwords["sales@happybuttons.test"],
        ["HappyButtons:Mailboxes:0:SentFolder"] = TestFolders.Unique("Gesendet"),
        ["HappyButtons:Imap:Idle"] = "false",
        ["HappyButtons:Mail:ReadMailboxes"] = "false",
    });

    [Fact]
    public async Task Delivered_ReachesTheCustomersMailboxOnce_ThroughPostfix_WithTheFiveSurveyLinks()
    {
        await using var site = Site();
        await site.SeedCatalogAsync();
        var po = "PO-" + Guid.NewGuid().ToString("N")[..10];
        var (message, conversation) = await site.ReceiveAsync("sales", AgentSite.Mail($"Bestellung {po}",
            $"Sehr geehrte Damen und Herren,\n\nwir bestellen 3.000 Stück HB-HN-2007.\n\nMit freundlichen Grüßen\nClaudia Lindner",
            AgentSite.From("Claudia Lindner", "claudia@modehaus-lindner.de"), "sales@happybuttons.test"));
        await using (var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            await context.Conversations.Where(c => c.Id == conversation).ExecuteUpdateAsync(set => set.SetProperty(c => c.CustomerAddress, Customer));
        }

        var created = await site.Orders.CreateAsync(new NewOrder("30101", po, [new NewOrderLine("HB-HN-2007", 3000)], null, message.Id, conversation), "test", None);
        foreach (var state in OrderStates.All.Skip(1).TakeWhile(s => s != OrderState.Delivered).Append(OrderState.Delivered))
        {
            Assert.True((await site.Orders.TransitionAsync(created.Created!.Id, state, OrderActor.Administrator("test"))).Succeeded, state.ToString());
        }

        using var imap = await servers.ConnectImapAsync(Customer);
        List<MimeKit.MimeMessage> found = [];
        await ImapMailboxSourceTests.WaitUntilAsync(async () =>
        {
            found = (await imap.MessagesAsync("INBOX")).Select(Load).Where(m => m.Subject.Contains(po, StringComparison.Ordinal)).ToList();
            return found.Count > 0;
        }, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));
        found = (await imap.MessagesAsync("INBOX")).Select(Load).Where(m => m.Subject.Contains(po, StringComparison.Ordinal)).ToList();

        var mail = Assert.Single(found);
        Assert.Equal("sales@happybuttons.test", mail.From.Mailboxes.Single().Address);
        Assert.Contains(created.Created!.Number, mail.Subject);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(mail.TextBody, @"/survey/\S+\?rating=[1-5]").Count);
        Assert.Single(mail.Attachments);
    }

    private static MimeKit.MimeMessage Load(byte[] raw) => MimeKit.MimeMessage.Load(new MemoryStream(raw));
}
