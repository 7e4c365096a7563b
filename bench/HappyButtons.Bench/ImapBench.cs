using System.Diagnostics;
using System.Text;
using HappyButtons.Engine.Mail.Imap;

namespace HappyButtons.Bench;

/// <summary>
/// Fetch throughput against a running IMAP server (a local Dovecot), configured by environment:
/// HB_BENCH_IMAP_HOST, HB_BENCH_IMAP_PORT, HB_BENCH_IMAP_USER, HB_BENCH_IMAP_PASS, optional
/// HB_BENCH_IMAP_SECURITY (None|Tls|StartTls, default None), HB_BENCH_IMAP_PIN, HB_BENCH_IMAP_FOLDER.
/// Seeds the folder to 1000 messages of ~4 KB with APPEND first (not measured).
/// </summary>
public sealed class ImapBench : IBenchmark
{
    private const int MessageCount = 1000;

    public string Name => "imap";

    public string Description => "UID FETCH BODY.PEEK[] throughput (batched and one message per command)";

    public async Task RunAsync(TextWriter output)
    {
        var host = Environment.GetEnvironmentVariable("HB_BENCH_IMAP_HOST");
        if (string.IsNullOrEmpty(host))
        {
            output.WriteLine("skipped: set HB_BENCH_IMAP_HOST/PORT/USER/PASS to a running IMAP server (see docs/imap-smtp.md)");
            return;
        }

        var options = new ImapClientOptions
        {
            Host = host,
            Port = int.Parse(Environment.GetEnvironmentVariable("HB_BENCH_IMAP_PORT") ?? "143"),
            Security = Enum.Parse<ImapSecurity>(Environment.GetEnvironmentVariable("HB_BENCH_IMAP_SECURITY") ?? "None", ignoreCase: true),
            PinnedCertificateSha256 = Environment.GetEnvironmentVariable("HB_BENCH_IMAP_PIN"),
        };
        var folder = Environment.GetEnvironmentVariable("HB_BENCH_IMAP_FOLDER") ?? "INBOX";
        var ct = CancellationToken.None;
        await using var client = await ImapClient.ConnectAsync(options, ct);
        await client.AuthenticateAsync(Environment.GetEnvironmentVariable("HB_BENCH_IMAP_USER")!, Environment.GetEnvironmentVariable("HB_BENCH_IMAP_PASS")!, ct);

        var info = await client.SelectAsync(folder, ct);
        for (var i = info.Exists; i < MessageCount; i++)
        {
            await client.AppendAsync(folder, new MemoryStream(SeedMessage(i)), null, null, ct);
        }

        await client.SelectAsync(folder, ct);
        var uids = await client.SearchAsync(ImapSearchQuery.All, ct);

        var sink = new CountingSink();
        var batched = Stopwatch.StartNew();
        var count = await client.FetchMessagesAsync(ImapUidSet.Of(uids), sink, ct);
        batched.Stop();
        output.WriteLine($"batched:    {count} messages, {sink.Bytes / 1048576.0:0.0} MiB in {batched.Elapsed.TotalMilliseconds:0} ms = {count / batched.Elapsed.TotalSeconds:0} messages/s");

        var single = Stopwatch.StartNew();
        var singles = uids.Take(500).ToList();
        foreach (var uid in singles)
        {
            await client.FetchMessageAsync(uid, Stream.Null, ct);
        }

        single.Stop();
        output.WriteLine($"one by one: {singles.Count} messages in {single.Elapsed.TotalMilliseconds:0} ms = {singles.Count / single.Elapsed.TotalSeconds:0} messages/s");
        await client.LogoutAsync(ct);
    }

    private static byte[] SeedMessage(int i) => Encoding.UTF8.GetBytes(
        $"From: bench@example.test\r\nTo: sales@happybuttons.test\r\nSubject: Bench {i}\r\nMessage-ID: <bench-{i}-{Guid.NewGuid():N}@example.test>\r\n\r\n"
        + string.Concat(Enumerable.Repeat("Wir bestellen 500 Knöpfe, Artikel 4711, Farbe rot.\r\n", 75)));

    private sealed class CountingSink : IImapMessageSink
    {
        public long Bytes { get; private set; }

        public Stream OpenBody(int sequenceNumber, long length)
        {
            Bytes += length;
            return Stream.Null;
        }

        public ValueTask CommitAsync(ImapFetchedMessage message, Stream body, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public void Discard(Stream body)
        {
        }
    }
}
