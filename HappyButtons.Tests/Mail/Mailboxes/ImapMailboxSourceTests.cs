using System.Diagnostics;
using System.Text;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Outgoing;
using MailKit;
using HappyButtons.Tests.Fixtures.MailServers;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Mail.Mailboxes;

[Collection(MailServerCollection.Name)]
public sealed class ImapMailboxSourceTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task MailSentByOurSmtpSenderThroughPostfix_IsIngestedOnce_MarkedSeen_AndASecondPollIngestsNothing()
    {
        await using var site = MailboxTestSite.For(servers, Departments.Sales, extra: new Dictionary<string, string?>
        {
            ["HappyButtons:Smtp:Host"] = "127.0.0.1",
            ["HappyButtons:Smtp:Port"] = servers.SmtpPort.ToString(),
            ["HappyButtons:Smtp:Security"] = "StartTls",
            ["HappyButtons:Smtp:PinnedThumbprint"] = servers.CertificateSha256,
        });
        var sender = site.Services.GetRequiredService<IMailSender>();
        Assert.Equal("smtp", sender.Transport);
        var marker = Guid.NewGuid().ToString("N");
        var raw = TestMessage("sales@happybuttons.test", marker);

        await sender.SendAsync(raw, new MailEnvelope("kunde@example.test", ["sales@happybuttons.test"]), None);
        var sourceIds = await WaitForIngestAsync(site, Departments.Sales, marker);

        var sourceId = Assert.Single(sourceIds);
        var mailbox = await site.MailboxAsync(Departments.Sales);
        Assert.StartsWith($"imap:{mailbox!.UidValidity}:", sourceId);
        var uid = uint.Parse(sourceId.Split(':')[2]);
        Assert.True(mailbox.LastUid >= uid);
        Assert.True(mailbox.Connected);
        Assert.Null(mailbox.LastError);
        using (var imap = await servers.ConnectImapAsync("sales@happybuttons.test"))
        {
            Assert.True((await imap.FlagsAsync("INBOX", uid))?.HasFlag(MessageFlags.Seen));
        }

        var second = await site.PollImapAsync(Departments.Sales);
        Assert.Equal(new MailboxPollResult(0, 0), second);
        Assert.Single(await site.SourceIdsContainingAsync(Departments.Sales, marker));
    }

    [Fact]
    public async Task WithAProcessedFolder_IngestedMailIsMovedThere_TheFolderIsCreated_AndNothingIsIngestedTwice()
    {
        var folder = TestFolders.Unique("Eingang");
        var processed = TestFolders.Unique("Verarbeitet");
        using var imap = await servers.ConnectImapAsync("info@happybuttons.test");
        await imap.CreateFolderAsync(folder);
        var appended = await TestFolders.AppendAsync(imap, folder, "info@happybuttons.test", 3);
        await using var site = MailboxTestSite.For(servers, Departments.Info, folder, processedFolder: processed);

        var first = await site.PollImapAsync(Departments.Info);
        var second = await site.PollImapAsync(Departments.Info);

        Assert.Equal(new MailboxPollResult(3, 3), first);
        Assert.Equal(new MailboxPollResult(0, 0), second);
        Assert.Equal(0, await imap.CountAsync(folder));
        Assert.Equal(3, await imap.CountAsync(processed));
        foreach (var (marker, _) in appended)
        {
            Assert.Single(await site.SourceIdsContainingAsync(Departments.Info, marker));
        }
    }

    [Fact]
    public async Task AfterAUidValidityReset_TheFolderIsResynchronised_WithoutDuplicates_AndNothingLost()
    {
        var folder = TestFolders.Unique("Rechnungen");
        using var imap = await servers.ConnectImapAsync("finance@happybuttons.test");
        await imap.CreateFolderAsync(folder);
        var before = await TestFolders.AppendAsync(imap, folder, "finance@happybuttons.test", 3);
        await using var site = MailboxTestSite.For(servers, Departments.Finance, folder);
        Assert.Equal(3, (await site.PollImapAsync(Departments.Finance)).Stored);
        var oldValidity = (await site.MailboxAsync(Departments.Finance))!.UidValidity;

        // A server-side rebuild: the folder is deleted and recreated with the same mail plus one new message.
        await imap.DeleteFolderAsync(folder);
        await imap.CreateFolderAsync(folder);
        foreach (var (_, raw) in before)
        {
            await imap.AppendRawAsync(folder, raw);
        }

        var added = await TestFolders.AppendAsync(imap, folder, "finance@happybuttons.test", 1);
        var resync = await site.PollImapAsync(Departments.Finance);

        var mailbox = await site.MailboxAsync(Departments.Finance);
        Assert.NotEqual(oldValidity, mailbox!.UidValidity);
        Assert.Equal(new MailboxPollResult(4, 1), resync);
        Assert.Equal(4, await site.MessageCountAsync(Departments.Finance));
        foreach (var (marker, _) in before.Concat(added))
        {
            Assert.Single(await site.SourceIdsContainingAsync(Departments.Finance, marker));
        }

        Assert.Equal(new MailboxPollResult(0, 0), await site.PollImapAsync(Departments.Finance));
    }

    [Fact]
    public async Task AConnectionCutInTheMiddleOfAMessage_LosesAndDuplicatesNothing()
    {
        var folder = TestFolders.Unique("Abbruch");
        using var imap = await servers.ConnectImapAsync("support@happybuttons.test");
        await imap.CreateFolderAsync(folder);
        var big = Encoding.UTF8.GetBytes(new string('x', 200_000));
        var appended = await TestFolders.AppendAsync(imap, folder, "support@happybuttons.test", 2);
        var large = TestMessage("support@happybuttons.test", Guid.NewGuid().ToString("N"), Encoding.ASCII.GetString(big));
        await imap.AppendRawAsync(folder, large);
        // A proxy that drops the connection once 100 KB of the server's answers have passed: in the middle of the large literal.
        await using var proxy = CuttingProxy.Start(servers.ImapPort, cutAfterBytes: 100_000);
        await using var site = MailboxTestSite.For(servers, Departments.Support, folder, extra: new Dictionary<string, string?>
        {
            ["HappyButtons:Mailboxes:0:Port"] = proxy.Port.ToString(),
        });

        var cut = await site.PollImapAsync(Departments.Support);
        Assert.NotNull(cut.Error);
        Assert.Equal(0, (await site.MailboxAsync(Departments.Support))!.LastUid ?? 0);

        proxy.StopCutting();
        site.Services.GetRequiredService<MailboxBackoff>().Succeeded((await site.MailboxAsync(Departments.Support))!);
        var again = await site.PollImapAsync(Departments.Support);

        Assert.Null(again.Error);
        Assert.Equal(3, again.Fetched);
        Assert.Equal(3, await site.MessageCountAsync(Departments.Support));
        foreach (var (marker, _) in appended)
        {
            Assert.Single(await site.SourceIdsContainingAsync(Departments.Support, marker));
        }
    }

    [Fact]
    public async Task WithIdle_ANewMailIsIngestedWithinTwoSeconds_ThoughThePollScheduleIsAnHour()
    {
        var folder = TestFolders.Unique("Idle");
        using var imap = await servers.ConnectImapAsync("support@happybuttons.test");
        await imap.CreateFolderAsync(folder);
        await using var site = MailboxTestSite.For(servers, Departments.Support, folder, background: true, pollSeconds: 3600);
        await WaitUntilAsync(async () => (await site.MailboxAsync(Departments.Support))!.Connected, TimeSpan.FromSeconds(20));

        var marker = Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        await imap.AppendRawAsync(folder, TestMessage("support@happybuttons.test", marker));
        await WaitUntilAsync(async () => (await site.SourceIdsContainingAsync(Departments.Support, marker)).Count > 0, TimeSpan.FromSeconds(10));
        var elapsed = clock.Elapsed;

        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"ingested after {elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task AWrongPassword_ShowsAuthenticationFailed_MakesHealthDegraded_AndIsNotRetriedInATightLoop()
    {
        var folder = TestFolders.Unique("Falsch");
        await using var site = MailboxTestSite.For(servers, Departments.Sales, folder, password: "wrong-password", background: true, pollSeconds: 1);

        await WaitUntilAsync(async () => (await site.MailboxAsync(Departments.Sales))!.LastError is not null, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(3));

        var mailbox = await site.MailboxAsync(Departments.Sales);
        Assert.StartsWith(MailboxBackoff.AuthenticationFailed, mailbox!.LastError);
        Assert.False(mailbox.Connected);
        Assert.True((await site.PollImapAsync(Departments.Sales)).Skipped, "a poll right after the failure must not log in again");
        var failedLogins = site.Logs.All.Split('\n').Count(l => l.StartsWith("Warning", StringComparison.Ordinal) && (l.Contains("next login attempt", StringComparison.Ordinal) || l.Contains("IDLE login rejected", StringComparison.Ordinal)));
        Assert.InRange(failedLogins, 1, 2); // the poll and the IDLE session may each try once; after that, 5 minutes of quiet
        var health = await site.ApiClient().GetStringAsync("/health");
        Assert.Contains("\"Degraded\"", health);
        Assert.Contains("mailbox sales", health);
    }

    internal static byte[] TestMessage(string to, string marker, string? body = null) => Encoding.UTF8.GetBytes(
        $"From: Kunde <kunde@example.test>\r\nTo: {to}\r\nSubject: Anfrage {marker}\r\nMessage-ID: <{marker}@example.test>\r\n" +
        $"Date: {DateTimeOffset.UtcNow:R}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body ?? "Bitte um ein Angebot."}\r\n");

    private static async Task<IReadOnlyList<string>> WaitForIngestAsync(MailboxTestSite site, string department, string marker)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            await site.PollImapAsync(department);
            var found = await site.SourceIdsContainingAsync(department, marker);
            if (found.Count > 0 || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(100);
        }
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(25);
        }
    }
}
