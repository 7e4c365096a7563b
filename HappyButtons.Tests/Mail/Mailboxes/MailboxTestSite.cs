using MailKit;
using MailKit.Net.Imap;
using MimeKit;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.MailServers;
using HappyButtons.Tests.Intake.Pipeline;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Mail.Mailboxes;

/// <summary>
/// The application with one department mailbox pointing at the test Dovecot. By default nothing runs in the background
/// (no job or processing workers, no watcher, no IDLE), so a test drives the IMAP source itself and sees exactly what each poll did.
/// </summary>
public sealed class MailboxTestSite(IDictionary<string, string?> settings, TimeProvider? clock = null) : PipelineTestSite(settings)
{
    public static MailboxTestSite For(
        MailServerFixture servers, string department, string? folder = null, string? password = null, string? processedFolder = null,
        bool background = false, int pollSeconds = 3600, IDictionary<string, string?>? extra = null, TimeProvider? clock = null)
    {
        var user = $"{department}@happybuttons.test";
        var settings = new Dictionary<string, string?>
        {
            ["HappyButtons:Mailboxes:0:Department"] = department,
            ["HappyButtons:Mailboxes:0:Address"] = user,
            ["HappyButtons:Mailboxes:0:Kind"] = "Imap",
            ["HappyButtons:Mailboxes:0:Host"] = "127.0.0.1",
            ["HappyButtons:Mailboxes:0:Port"] = servers.ImapPort.ToString(),
            ["HappyButtons:Mailboxes:0:Security"] = "StartTls",
            ["HappyButtons:Mailboxes:0:PinnedThumbprint"] = servers.CertificateSha256,
            ["HappyButtons:Mailboxes:0:User"] = user,
            ["HappyButtons:Mailboxes:0:Password"] = password ?? MailServerFixture.Passwords[user],
            ["HappyButtons:Mailboxes:0:PollSeconds"] = pollSeconds.ToString(),
            ["HappyButtons:Mailboxes:0:ProcessedFolder"] = processedFolder,
            ["HappyButtons:Imap:Folder"] = folder ?? "INBOX",
            ["HappyButtons:Imap:Idle"] = background ? "true" : "false",
            ["HappyButtons:Jobs:Workers"] = background ? "2" : "0",
            ["HappyButtons:Pipeline:Workers"] = background ? "2" : "0",
            ["HappyButtons:Mail:ReadMailboxes"] = background ? "true" : "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var site = new MailboxTestSite(settings, clock);
        site.CreateClient();
        return site;
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public Task<MailboxPollResult> PollImapAsync(string department) =>
        Services.GetRequiredService<ImapMailboxSource>().PollAsync(department, CancellationToken.None);

    public Task<MailboxSettings?> MailboxAsync(string department) =>
        Services.GetRequiredService<MailboxRegistry>().GetAsync(department, CancellationToken.None);

    /// <summary>Stored messages of the mailbox whose raw bytes contain <paramref name="marker"/>, with their source ids.</summary>
    public async Task<IReadOnlyList<string>> SourceIdsContainingAsync(string department, string marker)
    {
        var store = Services.GetRequiredService<RawMailStore>();
        await using var context = await Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var rows = await context.Messages.AsNoTracking().Where(m => m.Mailbox == department).OrderBy(m => m.Id)
            .Select(m => new { m.SourceId, m.ContentHash }).ToListAsync();
        var found = new List<string>();
        foreach (var (sourceId, hash) in rows.Select(r => (r.SourceId, r.ContentHash)))
        {
            if (System.Text.Encoding.UTF8.GetString(await store.ReadAllAsync(hash, CancellationToken.None)).Contains(marker, StringComparison.Ordinal))
            {
                found.Add(sourceId);
            }
        }

        return found;
    }

    public async Task<int> MessageCountAsync(string department)
    {
        await using var context = await Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        return await context.Messages.CountAsync(m => m.Mailbox == department);
    }
}

internal static class TestFolders
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>Appends messages and returns their unique subject markers.</summary>
    public static async Task<List<(string Marker, byte[] Raw)>> AppendAsync(ImapClient client, string folder, string to, int count)
    {
        var appended = new List<(string, byte[])>();
        for (var i = 0; i < count; i++)
        {
            var marker = Guid.NewGuid().ToString("N");
            var raw = TestMessages.Create(to, $"Anfrage {marker}");
            await client.AppendRawAsync(folder, raw);
            appended.Add((marker, raw));
        }

        return appended;
    }
}

/// <summary>What the tests do to the server on their own, with MailKit, independent of the code under test.</summary>
internal static class TestImap
{
    public static async Task CreateFolderAsync(this ImapClient client, string name) =>
        await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(name, isMessageFolder: true);

    public static async Task DeleteFolderAsync(this ImapClient client, string name) =>
        await (await client.GetFolderAsync(name)).DeleteAsync();

    public static async Task AppendRawAsync(this ImapClient client, string folder, byte[] raw)
    {
        using var message = await MimeMessage.LoadAsync(new MemoryStream(raw));
        await (await client.GetFolderAsync(folder)).AppendAsync(message);
    }

    public static async Task<int> CountAsync(this ImapClient client, string folder)
    {
        var target = await client.GetFolderAsync(folder);
        await target.StatusAsync(StatusItems.Count);
        return target.Count;
    }

    public static async Task<MessageFlags?> FlagsAsync(this ImapClient client, string folder, uint uid)
    {
        var target = await client.GetFolderAsync(folder);
        await target.OpenAsync(FolderAccess.ReadOnly);
        try
        {
            return (await target.FetchAsync([new UniqueId(uid)], MessageSummaryItems.Flags)).SingleOrDefault()?.Flags;
        }
        finally
        {
            await target.CloseAsync();
        }
    }

    /// <summary>The raw bytes of every message in a folder.</summary>
    public static async Task<List<byte[]>> MessagesAsync(this ImapClient client, string folder)
    {
        var target = await client.GetFolderAsync(folder);
        await target.OpenAsync(FolderAccess.ReadOnly);
        try
        {
            var result = new List<byte[]>();
            foreach (var uid in await target.SearchAsync(MailKit.Search.SearchQuery.All))
            {
                using var stream = await target.GetStreamAsync(uid, "");
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                result.Add(copy.ToArray());
            }

            return result;
        }
        finally
        {
            await target.CloseAsync();
        }
    }
}

/// <summary>Raw RFC 5322 messages for live tests, each unique so tests can find their own mail.</summary>
internal static class TestMessages
{
    public static byte[] Create(string to, string subject, string? body = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var text = $"From: Kunde <kunde@example.test>\r\nTo: {to}\r\nSubject: {subject} {id}\r\n"
            + $"Message-ID: <{id}@example.test>\r\nDate: {DateTimeOffset.UtcNow:R}\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + (body ?? "Guten Tag,\r\nwir bestellen 500 Knöpfe.\r\n.\r\n..Punkte am Zeilenanfang\r\nGrüße\r\n");
        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}
