using System.Net;
using System.Net.Sockets;
using System.Text;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Tests.Fixtures.MailServers;
using HappyButtons.Tests.Mail.Mailboxes;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Hardening;

/// <summary>
/// Issue 18, item 13: the mailbox connection test shows what the server said, but never a credential — neither the
/// password nor its base64 on the wire, even from a server that echoes the client's AUTHENTICATE command in its error.
/// </summary>
[Collection(MailServerCollection.Name)]
public sealed class ConnectionTestCredentialTests(MailServerFixture servers)
{
    private const string User = "support@happybuttons.test";

    [Fact]
    public async Task AgainstDovecot_NeitherAWrongNorTheRightPassword_NorTheirBase64_AppearsInTheResult()
    {
        const string wrong = "Falsches-Postfach-Passwort-1";
        await using var refused = MailboxTestSite.For(servers, Departments.Support, password: wrong);
        await using var accepted = MailboxTestSite.For(servers, Departments.Support);

        var failed = await refused.Services.GetRequiredService<MailboxConnectionTest>().RunAsync(Departments.Support, CancellationToken.None);
        var passed = await accepted.Services.GetRequiredService<MailboxConnectionTest>().RunAsync(Departments.Support, CancellationToken.None);

        Assert.Equal(ConnectionTestStep.Authentication, failed.Step);
        Assert.Equal(ConnectionTestStep.Success, passed.Step);
        AssertNoCredential(failed.Detail, wrong);
        AssertNoCredential(passed.Detail, MailServerFixture.Passwords[User]);
        await refused.PollImapAsync(Departments.Support);
        var stored = (await refused.MailboxAsync(Departments.Support))!.LastError;
        Assert.NotNull(stored);
        AssertNoCredential(stored, wrong);
    }

    [Fact]
    public async Task AServerThatEchoesTheAuthenticateCommand_HasTheCredentialHidden_InTheResultAndTheStoredError()
    {
        const string password = "Echo-Passwort-2026";
        await using var echo = await EchoingImapServer.StartAsync();
        await using var site = MailboxTestSite.For(servers, Departments.Support, password: password, extra: new Dictionary<string, string?>
        {
            ["HappyButtons:Mailboxes:0:Port"] = echo.Port.ToString(),
            ["HappyButtons:Mailboxes:0:Security"] = "None",
            ["HappyButtons:Mailboxes:0:PinnedThumbprint"] = null,
        });

        var result = await site.Services.GetRequiredService<MailboxConnectionTest>().RunAsync(Departments.Support, CancellationToken.None);
        await site.PollImapAsync(Departments.Support);
        var stored = (await site.MailboxAsync(Departments.Support))!.LastError;

        // The server did echo it: the test is only worth something if the credential reached the answer.
        Assert.Contains(Plain(User, password), echo.Echoed);
        Assert.Equal(ConnectionTestStep.Authentication, result.Step);
        Assert.Contains("AUTHENTICATE PLAIN " + CredentialRedaction.Hidden, result.Detail);
        AssertNoCredential(result.Detail, password);
        Assert.NotNull(stored);
        AssertNoCredential(stored, password);
    }

    [Theory]
    [InlineData("A1 NO [AUTHENTICATIONFAILED] echo: A1 AUTHENTICATE PLAIN {plain}", "A1 NO [AUTHENTICATIONFAILED] echo: A1 AUTHENTICATE PLAIN [hidden]")]
    [InlineData("rejected {plain}", "rejected [hidden]")]
    [InlineData("AUTH LOGIN {password64}", "AUTH LOGIN [hidden]")]
    [InlineData("bad LOGIN support@happybuttons.test {password}", "bad LOGIN support@happybuttons.test [hidden]")]
    [InlineData("token {xoauth}", "token [hidden]")]
    [InlineData("INBOX: 12 messages, 3 unseen.", "INBOX: 12 messages, 3 unseen.")]
    [InlineData("The server certificate (SHA-256 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF) is not trusted.",
        "The server certificate (SHA-256 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF) is not trusted.")]
    [InlineData("The folder Archiv/Bestellungen2026 cannot be opened: NO Mailbox doesn't exist", "The folder Archiv/Bestellungen2026 cannot be opened: NO Mailbox doesn't exist")]
    public void Redaction_HidesCredentialsOnTheWire_AndLeavesTheServersOtherWords(string template, string expected)
    {
        const string password = "Geheim-Passwort-42";
        var text = template.Replace("{plain}", Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{User}\0{password}")))
            .Replace("{password64}", Convert.ToBase64String(Encoding.UTF8.GetBytes(password)))
            .Replace("{password}", password)
            .Replace("{xoauth}", Convert.ToBase64String(Encoding.UTF8.GetBytes($"user={User}\u0001auth=Bearer eyJhbGciOi.x.y\u0001\u0001")));

        var redacted = CredentialRedaction.Redact(text, new MailCredentials(User, MailAuthKind.Password, password, null, "mailbox:support"));

        Assert.Equal(expected, redacted);
    }

    private static string Plain(string user, string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{user}\0{password}"));

    private static void AssertNoCredential(string text, string password)
    {
        Assert.DoesNotContain(password, text);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(password)).TrimEnd('='), text);
        Assert.DoesNotContain(Plain(User, password).TrimEnd('='), text);
    }

    /// <summary>
    /// A careless IMAP server: it offers AUTH=PLAIN with SASL-IR (and no LOGIN command) and answers every AUTHENTICATE with NO, quoting the
    /// command it received, credentials included (what the probe of issue 18 met).
    /// </summary>
    private sealed class EchoingImapServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private Task _serving = Task.CompletedTask;

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public string Echoed { get; private set; } = "";

        public static Task<EchoingImapServer> StartAsync()
        {
            var server = new EchoingImapServer();
            server._listener.Start();
            server._serving = server.ServeAsync();
            return Task.FromResult(server);
        }

        private async Task ServeAsync()
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    _ = Task.Run(async () =>
                    {
                        using (client)
                        {
                            try
                            {
                                await ConverseAsync(client.GetStream());
                            }
                            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
                            {
                                // The client hung up.
                            }
                        }
                    });
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
            {
                // Stopped, or the client hung up.
            }
        }

        private async Task ConverseAsync(NetworkStream stream)
        {
            var reader = new StreamReader(stream, Encoding.ASCII);
            var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR LOGINDISABLED] Echo ready");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var parts = line.Split(' ', 3);
                var (tag, command) = (parts[0], parts.Length > 1 ? parts[1].ToUpperInvariant() : "");
                switch (command)
                {
                    case "CAPABILITY":
                        await writer.WriteLineAsync("* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR LOGINDISABLED");
                        await writer.WriteLineAsync(tag + " OK CAPABILITY completed");
                        break;
                    case "AUTHENTICATE":
                        Echoed = line;
                        await writer.WriteLineAsync($"{tag} NO [AUTHENTICATIONFAILED] Authentication failed for: {line}");
                        break;
                    case "LOGIN":
                        Echoed = line;
                        await writer.WriteLineAsync($"{tag} NO [AUTHENTICATIONFAILED] Authentication failed for: {line}");
                        break;
                    case "LOGOUT":
                        await writer.WriteLineAsync("* BYE");
                        await writer.WriteLineAsync(tag + " OK LOGOUT completed");
                        return;
                    default:
                        await writer.WriteLineAsync(tag + " BAD unknown command");
                        break;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _serving;
            _stop.Dispose();
        }
    }
}
