using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HappyButtons.Engine.Mail.Tls;
using MailKit.Net.Imap;

namespace HappyButtons.Tests.Fixtures.MailServers;

/// <summary>
/// Starts a private Dovecot (IMAP) and Postfix (SMTP) on free loopback ports, configured in a
/// temp directory and sharing one set of Maildirs, for the whole "MailServers" test collection. Passwords work for
/// every mailbox, and so do OAuth2 tokens of the fixture's <see cref="Tokens"/> service (Dovecot's oauth2 passdb asks
/// it; Postfix authenticates through Dovecot). Mail to <see cref="TemporaryFailureAddress"/> is refused with 451.
/// Needs root (Postfix's master) and the Debian packages from scripts/test.sh (it installs the Debian packages).
/// </summary>
public sealed class MailServerFixture : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<string, string> Passwords = new Dictionary<string, string>
    {
        ["info@happybuttons.test"] = "info-Pa55",
        ["sales@happybuttons.test"] = "sales-Pa55",
        ["support@happybuttons.test"] = "support-Pa55",
        ["finance@happybuttons.test"] = "finance-Pa55",
    };

    /// <summary>Postfix answers RCPT TO for this address with "451 4.3.0", as a server whose mailbox is briefly unavailable.</summary>
    public const string TemporaryFailureAddress = "tempfail@happybuttons.test";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly List<UnixProcessGroup> _servers = [];
    private MailServerPaths _paths = null!;

    public int ImapPort { get; private set; }

    public int ImapsPort { get; private set; }

    public int SmtpPort { get; private set; }

    public int SmtpsPort { get; private set; }

    /// <summary>SHA-256 of the self-signed certificate both servers present.</summary>
    public string CertificateSha256 { get; private set; } = "";

    /// <summary>The OAuth2 token and introspection endpoints both servers trust.</summary>
    public TokenService Tokens { get; private set; } = null!;

    public MailEndpoint ImapEndpoint(MailSecurity security, string? pin = null) =>
        new("127.0.0.1", security == MailSecurity.Tls ? ImapsPort : ImapPort, security, pin ?? CertificateSha256, TimeSpan.FromSeconds(15));

    public MailEndpoint SmtpEndpoint(MailSecurity security, string? pin = null) =>
        new("127.0.0.1", security == MailSecurity.Tls ? SmtpsPort : SmtpPort, security, pin ?? CertificateSha256, TimeSpan.FromSeconds(15));

    /// <summary>A signed-in MailKit IMAP client for a test mailbox (the test's own view of the server, not the code under test).</summary>
    public async Task<ImapClient> ConnectImapAsync(string user, MailSecurity security = MailSecurity.Tls)
    {
        var client = new ImapClient();
        await MailConnection.ConnectAsync(client, ImapEndpoint(security), CancellationToken.None);
        await client.AuthenticateAsync(user, Passwords[user], CancellationToken.None);
        return client;
    }

    public async Task InitializeAsync()
    {
        var dovecot = FindExecutable("dovecot", "/usr/sbin/dovecot");
        var postfixMaster = FindExecutable("Postfix master", "/usr/lib/postfix/sbin/master");
        if (!UnixAccounts.IsRoot)
        {
            throw new InvalidOperationException("The live mail tests start Postfix's master process, which needs root.");
        }

        _paths = new MailServerPaths(Directory.CreateTempSubdirectory("hb-mailservers-").FullName);
        UnixAccounts.SetMode(_paths.Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var owner = UnixAccounts.User("mail");
        Directory.CreateDirectory(_paths.MailRoot);
        UnixAccounts.Own(_paths.MailRoot, owner.Uid, owner.Gid);
        WriteCertificate();
        (ImapPort, ImapsPort, SmtpPort, SmtpsPort) = (FreePort(), FreePort(), FreePort(), FreePort());
        Tokens = TokenService.Start(FreePort());
        await File.WriteAllTextAsync(_paths.DovecotOAuth, DovecotConfiguration.OAuth(Tokens.IntrospectionUrl));

        await File.WriteAllLinesAsync(_paths.DovecotUsers, Passwords.Select(p => $"{p.Key}:{{PLAIN}}{p.Value}::::::"));
        await File.WriteAllTextAsync(_paths.DovecotConf, DovecotConfiguration.Render(DovecotVersion(dovecot), _paths, ImapPort, ImapsPort, owner));
        Directory.CreateDirectory(_paths.PostfixConfigDir);
        await File.WriteAllTextAsync(Path.Combine(_paths.PostfixConfigDir, "main.cf"), PostfixConfiguration.MainCf(_paths, owner));
        await File.WriteAllTextAsync(Path.Combine(_paths.PostfixConfigDir, "master.cf"), PostfixConfiguration.MasterCf(SmtpPort, SmtpsPort));
        await File.WriteAllLinesAsync(_paths.PostfixMailboxes, Passwords.Keys.Select(a => $"{a} {a.Split('@')[0]}/Maildir/"));
        await File.WriteAllTextAsync(_paths.PostfixRecipientAccess, $"{TemporaryFailureAddress} 451 4.3.0 Mailbox temporarily unavailable\n");
        PostfixConfiguration.CreateQueue(_paths);
        // Postfix waits up to 2.5 s at start when its configuration was just written; back-dated, it starts at once.
        foreach (var file in Directory.GetFiles(_paths.PostfixConfigDir))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
        }

        try
        {
            var dovecotProcess = Start(dovecot, ["-F", "-c", _paths.DovecotConf]);
            var postfixProcess = Start(postfixMaster, ["-c", _paths.PostfixConfigDir, "-d"], new Dictionary<string, string> { ["MAIL_CONFIG"] = _paths.PostfixConfigDir });
            await WaitForPortsAsync("Dovecot", dovecotProcess, _paths.DovecotLog, ImapPort, ImapsPort);
            await WaitForPortsAsync("Postfix", postfixProcess, _paths.PostfixLog, SmtpPort, SmtpsPort);
        }
        catch
        {
            // Never leave one server running because the other failed to start.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }

        _servers.Clear();
        if (Tokens is not null)
        {
            await Tokens.DisposeAsync();
        }

        try
        {
            if (_paths is not null && Directory.Exists(_paths.Root))
            {
                Directory.Delete(_paths.Root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A straggling server process may still hold a file; the temp dir is harmless.
        }
    }

    /// <summary>Successful IMAP logins of <paramref name="user"/> so far, as Dovecot logged them.</summary>
    public int ImapLogins(string user) => ReadLog(_paths.DovecotLog).Count(l => l.Contains("imap-login", StringComparison.Ordinal) && l.Contains($"Login: user=<{user}>", StringComparison.Ordinal));

    /// <summary>Client connections Postfix's smtpd accepted so far.</summary>
    public int SmtpConnections() => ReadLog(_paths.PostfixLog).Count(l => l.Contains("postfix/smtpd", StringComparison.Ordinal) && l.Contains(": connect from", StringComparison.Ordinal));

    private static List<string> ReadLog(string path)
    {
        if (!File.Exists(path)) return [];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    /// <summary>The last lines of a server log, for failure messages.</summary>
    public string LogTail(string which) =>
        Tail(which == "postfix" ? _paths.PostfixLog : _paths.DovecotLog);

    private UnixProcessGroup Start(string executable, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var server = UnixProcessGroup.Start(executable, arguments, environment);
        _servers.Add(server);
        return server;
    }

    private async Task WaitForPortsAsync(string name, UnixProcessGroup server, string log, params int[] ports)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (true)
            {
                if (server.HasExited)
                {
                    throw new InvalidOperationException($"{name} exited during start-up.\nOutput:\n{server.Output}\nLog tail:\n{Tail(log)}");
                }

                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (deadline.Elapsed < StartTimeout)
                {
                    await Task.Delay(50);
                }
                catch (SocketException ex)
                {
                    throw new InvalidOperationException($"{name} did not listen on 127.0.0.1:{port} within {StartTimeout.TotalSeconds} s ({ex.Message}).\nOutput:\n{server.Output}\nLog tail:\n{Tail(log)}");
                }
            }
        }
    }

    private void WriteCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllText(_paths.CertificatePem, certificate.ExportCertificatePem());
        File.WriteAllText(_paths.KeyPem, key.ExportPkcs8PrivateKeyPem());
        UnixAccounts.SetMode(_paths.KeyPem, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        CertificateSha256 = CertificatePinning.Sha256Thumbprint(certificate);
    }

    private static Version DovecotVersion(string dovecot)
    {
        using var process = Process.Start(new ProcessStartInfo(dovecot, "--version") { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return Version.TryParse(text.Split(' ', '(')[0].Trim(), out var version) ? version : new Version(2, 3);
    }

    private static string FindExecutable(string name, string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{name} is not installed ({path} missing): run scripts/test.sh as root (it installs the Debian packages).");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Tail(string path) =>
        File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(30)) : $"({path} was not written)";
}
