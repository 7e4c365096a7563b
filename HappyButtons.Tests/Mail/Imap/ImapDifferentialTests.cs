using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using HappyButtons.Engine.Mail.Imap;
using HappyButtons.Tests.Fixtures.MailServers;

namespace HappyButtons.Tests.Mail.Imap;

/// <summary>Our client and Python's imaplib read the same live mailbox and must agree exactly.</summary>
[Collection(MailServerCollection.Name)]
public sealed class ImapDifferentialTests(MailServerFixture servers)
{
    private const string Script = """
        import hashlib, imaplib, json, re, sys
        host, port, user, password, folder = sys.argv[1:6]
        imap = imaplib.IMAP4(host, int(port))
        imap.login(user, password)
        imap.select(folder, readonly=True)
        status, data = imap.uid("FETCH", "1:*", "(UID FLAGS RFC822.SIZE BODY.PEEK[])")
        messages = []
        for item in data:
            if not isinstance(item, tuple):
                continue
            head, body = item
            head = head.decode()
            uid = int(re.search(r"UID (\d+)", head).group(1))
            flags = sorted(re.search(r"FLAGS \(([^)]*)\)", head).group(1).split())
            size = int(re.search(r"RFC822\.SIZE (\d+)", head).group(1))
            messages.append({"uid": uid, "flags": flags, "size": size, "sha256": hashlib.sha256(body).hexdigest()})
        imap.logout()
        print(json.dumps(sorted(messages, key=lambda m: m["uid"])))
        """;

    [Fact]
    public async Task UidsFlagsSizesAndBodies_MatchPythonImaplib()
    {
        const string user = "sales@happybuttons.test";
        await using var client = await servers.ConnectImapAsync(user);
        await client.AppendAsync("INBOX", new MemoryStream(TestMessages.Create(user, "Differenz", "Zeile 1\r\n\r\n")), [@"\Flagged", "$Label1"], null, CancellationToken.None);
        await client.AppendAsync("INBOX", new MemoryStream(TestMessages.Create(user, "Groß", new string('x', 200_000) + "\r\n")), [@"\Seen"], null, CancellationToken.None);
        await client.ExamineAsync("INBOX", CancellationToken.None);

        var python = await RunPythonAsync(user);
        var ours = new List<Entry>();
        var sink = new HashingSink(ours);
        await client.FetchMessagesAsync(ImapUidSet.From(1), sink, CancellationToken.None);

        Assert.True(python.Count >= 2, "the mailbox should hold the appended messages");
        Assert.Equal(python, ours.OrderBy(e => e.Uid).ToList());
    }

    private async Task<List<Entry>> RunPythonAsync(string user)
    {
        var scriptPath = Path.Combine(Path.GetTempPath(), $"hb-imaplib-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(scriptPath, Script);
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { scriptPath, "127.0.0.1", servers.ImapPort.ToString(), user, MailServerFixture.Passwords[user], "INBOX" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, "imaplib script failed: " + await errors);
            using var json = JsonDocument.Parse(await output);
            return json.RootElement.EnumerateArray().Select(m => new Entry(
                m.GetProperty("uid").GetUInt32(),
                string.Join(' ', m.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).Order(StringComparer.Ordinal)),
                m.GetProperty("size").GetInt64(),
                m.GetProperty("sha256").GetString()!)).ToList();
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }

    private sealed record Entry(uint Uid, string Flags, long Size, string Sha256);

    private sealed class HashingSink(List<Entry> entries) : IImapMessageSink
    {
        public Stream OpenBody(int sequenceNumber, long length) => new MemoryStream();

        public ValueTask CommitAsync(ImapFetchedMessage message, Stream body, CancellationToken cancellationToken)
        {
            var hash = Convert.ToHexString(SHA256.HashData(((MemoryStream)body).ToArray())).ToLowerInvariant();
            var flags = string.Join(' ', message.Flags!.Order(StringComparer.Ordinal));
            entries.Add(new Entry(message.Uid, flags, message.Size!.Value, hash));
            return ValueTask.CompletedTask;
        }

        public void Discard(Stream body) => body.Dispose();
    }
}
