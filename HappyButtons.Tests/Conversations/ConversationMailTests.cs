using System.Text;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.MailServers;
using HappyButtons.Tests.Mail.Mailboxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Conversations;

/// <summary>
/// A clerk's reply through the real Postfix into the customer's real Dovecot mailbox: threaded (In-Reply-To, References,
/// the ticket number in the subject), with the attachment chosen, a copy in the department's Sent folder, sent once
/// however often it is clicked, and "not yet sent" in the timeline while the server is unreachable.
/// </summary>
[Collection(MailServerCollection.Name)]
public sealed class ConversationMailTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private Dictionary<string, string?> Smtp(int port, string sentFolder) => new()
    {
        ["HappyButtons:Smtp:Host"] = "127.0.0.1",
        ["HappyButtons:Smtp:Port"] = port.ToString(),
        ["HappyButtons:Smtp:Security"] = "StartTls",
        ["HappyButtons:Smtp:PinnedThumbprint"] = servers.CertificateSha256,
        ["HappyButtons:Smtp:From"] = "sales@happybuttons.test",
        ["HappyButtons:Mailboxes:0:SentFolder"] = sentFolder,
        ["HappyButtons:Imap:Idle"] = "false",
        ["HappyButtons:Mail:ReadMailboxes"] = "false",
    };

    private static string CustomerMail(string marker, string messageId) =>
        "From: Claudia Lindner <info@happybuttons.test>\r\nTo: sales@happybuttons.test\r\nSubject: Anfrage Hornknöpfe\r\n" +
        $"Date: Fri, 20 Nov 2026 10:15:00 +0100\r\nMessage-ID: <{messageId}>\r\nReferences: <erstkontakt-{marker}@modehaus-lindner.de>\r\n" +
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
        ConversationSite.Order + "\r\n--b1\r\n" +
        "Content-Type: text/plain; name=\"stueckliste.txt\"\r\nContent-Disposition: attachment; filename=\"stueckliste.txt\"\r\n\r\n" +
        $"HB-4H-18L-BLK 3000 {marker}\r\n--b1--\r\n";

    [Fact]
    public async Task AReply_ArrivesOnceInTheCustomersMailbox_Threaded_WithTheTicketNumberAndAttachment_AndACopyInSent()
    {
        var sent = TestFolders.Unique("Gesendet");
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: Smtp(servers.SmtpPort, sent));
        var marker = Guid.NewGuid().ToString("N");
        var original = $"anfrage-{marker}@modehaus-lindner.de";
        var message = await site.WaitProcessedAsync(await site.UploadAsync("sales", CustomerMail(marker, original)));
        var queries = site.Services.GetRequiredService<ConversationQueries>();
        var id = (await queries.OfMessageAsync(message.Id, None))!.Value;
        // The customer's test address looks like our own domain, so the risk rules send it to finance; finance hands it on.
        await site.Services.GetRequiredService<ConversationWork>().MoveAsync(id, Departments.Sales, "Angebotsanfrage", new Actor(1, "Administrator"), null, None);
        var detail = (await queries.GetAsync(id, null, None))!;
        Assert.Equal(Departments.Sales, detail.Summary.Department);
        var attachment = Assert.Single(detail.Attachments);
        var clerk = await site.CreateUserAsync("vera", "Passwort-Vera-2026!", false, Departments.Sales);
        var replies = site.Services.GetRequiredService<ConversationReplies>();
        var draft = new ReplyDraft(Guid.NewGuid(), $"Guten Tag Frau Lindner,\n\ngerne bieten wir an. {marker}", AttachmentIds: [attachment.Id]) { CourtesyOverrideReason = "mail transport test" };

        var first = await replies.SendAsync(id, draft, new Actor(clerk.Id, clerk.DisplayName), None);
        var second = await replies.SendAsync(id, draft, new Actor(clerk.Id, clerk.DisplayName), None); // a double click

        Assert.True(first.Succeeded, first.Refusal.ToString());
        Assert.Equal(first.MessageId, second.MessageId);
        using var customer = await servers.ConnectImapAsync("info@happybuttons.test");
        await ImapMailboxSourceTests.WaitUntilAsync(async () => (await DeliveredAsync(customer, marker)).Count > 0, TimeSpan.FromSeconds(30));
        var delivered = MailParser.Default.Parse(Assert.Single(await DeliveredAsync(customer, marker)));
        Assert.Equal($"Re: Anfrage Hornknöpfe [{TicketNumber.Format(id)}]", delivered.Subject);
        Assert.Equal(original, delivered.InReplyTo);
        Assert.Contains(original, delivered.References);
        Assert.Equal("sales@happybuttons.test", delivered.From!.Address);
        Assert.Equal("stueckliste.txt", Assert.Single(delivered.Attachments).FileName);
        using var sales = await servers.ConnectImapAsync("sales@happybuttons.test");
        await ImapMailboxSourceTests.WaitUntilAsync(async () => await SentCountAsync(sales, sent) > 0, TimeSpan.FromSeconds(30));
        Assert.Equal(1, await sales.CountAsync(sent));

        var after = (await queries.GetAsync(id, null, None))!;
        Assert.Equal(ConversationState.Pending, after.Summary.State);
        Assert.NotNull(after.Summary.FirstResponseAt);
        var outgoing = Assert.Single(after.Timeline, t => t.Kind == EntryKind.Outgoing);
        Assert.Equal("sent", outgoing.OutgoingStatus);
    }

    [Fact]
    public async Task WhileTheMailServerIsDown_TheReplyShowsNotYetSent_WithTheReason_AndGoesOutOnceWhenItIsBack()
    {
        await using var proxy = CuttingProxy.Start(servers.SmtpPort, cutAfterBytes: 0);
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: Smtp(proxy.Port, TestFolders.Unique("Gesendet")));
        var marker = Guid.NewGuid().ToString("N");
        var message = await site.WaitProcessedAsync(await site.UploadAsync("sales", CustomerMail(marker, $"anfrage-{marker}@modehaus-lindner.de")));
        var queries = site.Services.GetRequiredService<ConversationQueries>();
        var id = (await queries.OfMessageAsync(message.Id, None))!.Value;
        await site.Services.GetRequiredService<ConversationWork>().MoveAsync(id, Departments.Sales, "Angebotsanfrage", new Actor(1, "Administrator"), null, None);

        var result = await site.Services.GetRequiredService<ConversationReplies>().SendAsync(id,
            new ReplyDraft(Guid.NewGuid(), $"Guten Tag, Angebot folgt. {marker}") { CourtesyOverrideReason = "mail transport test" }, new Actor(1, "Administrator"), None);
        Assert.True(result.Succeeded);
        var waiting = await WaitForAsync(queries, id, t => t.OutgoingError is not null);
        Assert.Equal("queued", waiting.OutgoingStatus);
        proxy.StopCutting();

        await WaitForAsync(queries, id, t => t.OutgoingStatus == "sent", TimeSpan.FromSeconds(90));
        using var customer = await servers.ConnectImapAsync("info@happybuttons.test");
        await ImapMailboxSourceTests.WaitUntilAsync(async () => (await DeliveredAsync(customer, marker)).Count > 0, TimeSpan.FromSeconds(30));
        Assert.Single(await DeliveredAsync(customer, marker));
    }

    private static async Task<TimelineEntry> WaitForAsync(ConversationQueries queries, long id, Func<TimelineEntry, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var entry = (await queries.GetAsync(id, null, None))!.Timeline.Single(t => t.Kind == EntryKind.Outgoing);
            if (condition(entry))
            {
                return entry;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The reply is still '{entry.OutgoingStatus}' ({entry.OutgoingError}).");
            await Task.Delay(100);
        }
    }

    /// <summary>The Sent folder appears with the first copy (the delivery job creates it).</summary>
    private static async Task<int> SentCountAsync(MailKit.Net.Imap.ImapClient imap, string folder)
    {
        try
        {
            return await imap.CountAsync(folder);
        }
        catch (MailKit.FolderNotFoundException)
        {
            return 0;
        }
    }

    private static async Task<List<byte[]>> DeliveredAsync(MailKit.Net.Imap.ImapClient imap, string marker) =>
        (await imap.MessagesAsync("INBOX")).Where(m => Encoding.UTF8.GetString(m).Contains(marker, StringComparison.Ordinal)
                                                      && Encoding.UTF8.GetString(m).Contains("[HB-", StringComparison.Ordinal)).ToList();
}
