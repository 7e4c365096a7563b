using System.Diagnostics;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Tls;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HappyButtons.Bench;

/// <summary>
/// The IMAP source on MailKit against a running server (a local Dovecot: bench/mailservers.sh), configured by
/// HB_BENCH_IMAP_HOST, HB_BENCH_IMAP_PORT, HB_BENCH_IMAP_USER, HB_BENCH_IMAP_PASS, optional HB_BENCH_IMAP_SECURITY
/// (None|Tls|StartTls, default None) and HB_BENCH_IMAP_PIN. 1,000 messages of ~4 KB are APPENDed to a fresh folder
/// (not measured); then one poll of <see cref="ImapMailboxSource"/> fetches, stores (durable ingest, SQLite in /tmp)
/// and acknowledges (\Seen) them, with no job workers beside it; for comparison MailKit's batched fetch alone.
/// </summary>
public sealed class ImapBench : IBenchmark
{
    private const int MessageCount = 1000;

    public string Name => "imap";

    public string Description => "IMAP source (MailKit): fetched + stored + acknowledged msg/s; MailKit's batched fetch alone";

    public async Task RunAsync(TextWriter output)
    {
        var host = Environment.GetEnvironmentVariable("HB_BENCH_IMAP_HOST");
        if (string.IsNullOrEmpty(host))
        {
            output.WriteLine("skipped: set HB_BENCH_IMAP_HOST/PORT/USER/PASS to a running IMAP server (bench/mailservers.sh starts one)");
            return;
        }

        var security = Environment.GetEnvironmentVariable("HB_BENCH_IMAP_SECURITY") ?? "None";
        var user = Environment.GetEnvironmentVariable("HB_BENCH_IMAP_USER")!;
        var password = Environment.GetEnvironmentVariable("HB_BENCH_IMAP_PASS")!;
        var port = int.Parse(Environment.GetEnvironmentVariable("HB_BENCH_IMAP_PORT") ?? "143");
        var pin = Environment.GetEnvironmentVariable("HB_BENCH_IMAP_PIN");
        var endpoint = new MailEndpoint(host, port, MailSecurityExtensions.Parse(security, MailSecurity.None), pin, TimeSpan.FromSeconds(60));
        var folder = "ImapBench-" + Guid.NewGuid().ToString("N")[..8];
        using var client = new ImapClient();
        await MailConnection.ConnectAsync(client, endpoint, CancellationToken.None);
        await client.AuthenticateAsync(user, password);
        var created = await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(folder, isMessageFolder: true);
        for (var i = 0; i < MessageCount; i++)
        {
            using var message = MimeMessage.Load(new MemoryStream(IngestBench.Message(i)));
            await created!.AppendAsync(message);
        }

        await created!.OpenAsync(FolderAccess.ReadOnly);
        var uids = await created.SearchAsync(SearchQuery.All);
        long bytes = 0;
        var fetch = Stopwatch.StartNew();
        await ((ImapFolder)created).GetStreamsAsync(uids, (_, _, _, stream, _) =>
        {
            bytes += stream.Length;
            return Task.CompletedTask;
        });
        fetch.Stop();
        await created.CloseAsync();
        output.WriteLine($"  MailKit batched UID FETCH BODY.PEEK[] alone: {uids.Count} messages, {bytes / 1048576.0:0.0} MiB, " +
                         $"{uids.Count / fetch.Elapsed.TotalSeconds,7:N0} msg/s");

        using var site = await IngestBench.BenchSite.StartAsync(new Dictionary<string, string?>
        {
            ["HappyButtons:Imap:Folder"] = folder,
            ["HappyButtons:Jobs:Workers"] = "0",
        });
        await site.Registry.UpdateAsync(new MailboxUpdate
        {
            Department = "sales", Address = user.Contains('@') ? user : "sales@happybuttons.test", Kind = MailboxKind.Imap, Host = host, Port = port,
            Security = security, User = user, Password = PasswordChange.Set, NewPassword = password, PinnedThumbprint = pin, PollSeconds = 3600,
        }, CancellationToken.None);

        var source = site.Host.Services.GetRequiredService<ImapMailboxSource>();
        var watch = Stopwatch.StartNew();
        var result = await source.PollAsync("sales", CancellationToken.None);
        var elapsed = watch.Elapsed;
        output.WriteLine($"  source   {result.Fetched} messages ({security}): fetched + stored + \\Seen {result.Fetched / elapsed.TotalSeconds,7:N0} msg/s " +
                         $"({elapsed.TotalSeconds:N2} s, {source.Logins("sales")} login)" + (result.Error is null ? "" : $" error: {result.Error}"));
        await source.CloseAsync("sales");
        await (await client.GetFolderAsync(folder)).DeleteAsync();
        await client.DisconnectAsync(quit: true);
    }
}
