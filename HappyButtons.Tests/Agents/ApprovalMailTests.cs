using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.MailServers;
using HappyButtons.Tests.Mail.Mailboxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Agents;

/// <summary>
/// Approving an order task through the real Postfix into the customer's real Dovecot mailbox: the order is created and the
/// confirmation arrives exactly once — when two people approve at the same moment, and when execution dies between
/// creating the order and finishing and is approved again.
/// </summary>
[Collection(MailServerCollection.Name)]
public sealed class ApprovalMailTests(MailServerFixture servers)
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

    /// <summary>An order from a known customer whose conversation answers to the customer mailbox on the test server.</summary>
    private static async Task<AgentTaskView> OrderTaskAsync(AgentSite site, string po)
    {
        await site.SeedCatalogAsync();
        var (message, conversation) = await site.ReceiveAsync("sales", AgentSite.Mail($"Bestellung {po}",
            $"Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir (Bestellnummer {po}):\nPos. 10  3.000 Stück HB-HN-2007 Hornknopf 20 mm dunkelbraun\n\n" +
            "Gewünschter Liefertermin: 22.12.2026\n\nMit freundlichen Grüßen\nClaudia Lindner",
            AgentSite.From("Claudia Lindner", "claudia@modehaus-lindner.de"), "sales@happybuttons.test"));
        await using (var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            await context.Conversations.Where(c => c.Id == conversation).ExecuteUpdateAsync(set => set.SetProperty(c => c.CustomerAddress, Customer));
        }

        await site.Coordinator.RunAsync(None);
        var task = (await site.Tasks.GetAsync((await site.Tasks.OfMessageAsync(message.Id, None))!.Value, None))!;
        Assert.NotNull(task.Of(ProposalKind.Order));
        Assert.NotNull(task.Of(ProposalKind.Reply));
        return task;
    }

    [Fact]
    public async Task Approve_CreatesTheOrderAndSendsTheReplyOnce_WhenTwoPeopleApproveAtTheSameMoment()
    {
        await using var site = Site();
        var po = "PO-" + Guid.NewGuid().ToString("N")[..10];
        var task = await OrderTaskAsync(site, po);

        var results = await Task.WhenAll(
            site.Executor.ApproveAsync(task.Id, null, new Actor(0, "Anna Vertrieb"), task.Version, None),
            site.Executor.ApproveAsync(task.Id, null, new Actor(0, "Bernd Vertrieb"), task.Version, None));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Detail));
        Assert.Single(results.Select(r => r.OrderId).Distinct());
        Assert.Single(results.Select(r => r.SentMessageId).Distinct());
        Assert.Equal(1, await OrdersOfAsync(site, task.MessageId));
        var delivered = await DeliveredAsync(po);
        Assert.Contains(results[0].OrderNumber!, delivered);
        Assert.DoesNotContain(ReplyDrafting.PendingOrderNumber, delivered);
        var done = (await site.Tasks.GetAsync(task.Id, None))!;
        Assert.Equal(AgentTaskStatus.Done, done.Status);
        Assert.All(done.Proposals, p => Assert.Equal("unchanged", p.Outcome));
    }

    [Fact]
    public async Task Approve_AfterExecutionDiedBetweenOrderAndReply_NeitherDuplicatesTheOrderNorTheMail()
    {
        await using var site = Site();
        var po = "PO-" + Guid.NewGuid().ToString("N")[..10];
        var task = await OrderTaskAsync(site, po);
        var probe = site.Services.GetRequiredService<AgentExecutionProbe>();
        probe.AfterStep = (step, _) => step == "order" ? throw new IOException("power cut after the order was created") : Task.CompletedTask;

        var crashed = await site.Executor.ApproveAsync(task.Id, null, new Actor(0, "Anna Vertrieb"), null, None);

        Assert.Equal(TaskRefusal.Failed, crashed.Refusal);
        Assert.Equal(AgentTaskStatus.Failed, (await site.Tasks.GetAsync(task.Id, None))!.Status);
        Assert.Equal(1, await OrdersOfAsync(site, task.MessageId));

        // The harder case: the process died before it even recorded the order on the task, and its lease ran out.
        await using (var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            await context.AgentTasks.Where(t => t.Id == task.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, AgentTaskStatus.Approved)
                .SetProperty(t => t.ResultOrderId, (long?)null).SetProperty(t => t.ExecutingUntil, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        probe.AfterStep = null;
        var resumed = await site.Executor.ApproveAsync(task.Id, null, new Actor(0, "Bernd Vertrieb"), null, None);
        var again = await site.Executor.ApproveAsync(task.Id, null, new Actor(0, "Bernd Vertrieb"), null, None);

        Assert.True(resumed.Succeeded, resumed.Detail);
        Assert.True(again.AlreadyDone);
        Assert.Equal(resumed.OrderId, again.OrderId);
        Assert.Equal(1, await OrdersOfAsync(site, task.MessageId));
        Assert.Contains(resumed.OrderNumber!, await DeliveredAsync(po));
    }

    private static string Text(byte[] raw)
    {
        using var message = MimeKit.MimeMessage.Load(new MemoryStream(raw));
        return message.Subject + "\n" + message.TextBody;
    }

    private static async Task<int> OrdersOfAsync(AgentSite site, long messageId)
    {
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        return await context.Orders.CountAsync(o => o.SourceMessageId == messageId);
    }

    /// <summary>The one reply that reached the customer's mailbox (waits for it, then makes sure no second one follows).</summary>
    private async Task<string> DeliveredAsync(string marker)
    {
        using var imap = await servers.ConnectImapAsync(Customer);
        List<string> found = [];
        await ImapMailboxSourceTests.WaitUntilAsync(async () =>
        {
            found = (await imap.MessagesAsync("INBOX")).Select(Text).Where(m => m.Contains(marker, StringComparison.Ordinal)).ToList();
            return found.Count > 0;
        }, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));
        found = (await imap.MessagesAsync("INBOX")).Select(Text).Where(m => m.Contains(marker, StringComparison.Ordinal)).ToList();
        return Assert.Single(found);
    }
}
