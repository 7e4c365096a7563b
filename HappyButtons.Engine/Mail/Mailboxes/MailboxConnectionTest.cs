using System.Net.Sockets;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Tls;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>The step at which a connection test stopped; <see cref="Success"/> when every step passed.</summary>
public enum ConnectionTestStep { Success, Configuration, Dns, Tcp, Tls, Authentication, Folder, Protocol }

/// <param name="ServerThumbprint">On a TLS failure, the SHA-256 of the certificate the server presented, to pin after checking it.</param>
/// <param name="MessageCount">On success, the number of messages in the folder mail is read from.</param>
public sealed record ConnectionTestResult(ConnectionTestStep Step, string Detail, string? ServerThumbprint = null, int? MessageCount = null)
{
    public bool Succeeded => Step == ConnectionTestStep.Success;
}

/// <summary>
/// "Test connection" on the administration page: walks DNS, TCP, TLS, login and the folders one step at a time and
/// reports the first that failed in words an administrator can act on. A Maildir mailbox is checked on disk. What the
/// server said is shown, but never a credential it echoed (<see cref="CredentialRedaction"/>).
/// </summary>
public sealed partial class MailboxConnectionTest(MailboxRegistry registry, ImapMailboxConnector connector, IOptions<ImapSourceOptions> options)
{
    public async Task<ConnectionTestResult> RunAsync(string department, CancellationToken cancellationToken)
    {
        var mailbox = await registry.GetAsync(department, cancellationToken);
        var result = await RunAsync(mailbox, department, cancellationToken);
        var credentials = mailbox is { Kind: MailboxKind.Imap } ? await registry.RevealCredentialsAsync(mailbox, cancellationToken) : null;
        return result with { Detail = CredentialRedaction.Redact(result.Detail, credentials) };
    }

    private async Task<ConnectionTestResult> RunAsync(MailboxSettings? mailbox, string department, CancellationToken cancellationToken)
    {
        if (mailbox is null)
        {
            return new ConnectionTestResult(ConnectionTestStep.Configuration, $"There is no mailbox for '{department}'.");
        }

        if (mailbox.Kind == MailboxKind.Maildir)
        {
            var root = registry.MaildirRoot(department);
            return Directory.Exists(Path.Combine(root, "new"))
                ? new ConnectionTestResult(ConnectionTestStep.Success, $"Maildir {root}", MessageCount: Directory.GetFiles(Path.Combine(root, "new")).Length)
                : new ConnectionTestResult(ConnectionTestStep.Folder, $"The Maildir {root} does not exist.");
        }

        if (string.IsNullOrWhiteSpace(mailbox.Host))
        {
            return new ConnectionTestResult(ConnectionTestStep.Configuration, "No IMAP host is configured.");
        }

        var endpoint = connector.Endpoint(mailbox) with { Timeout = TimeSpan.FromSeconds(Math.Min(options.Value.TimeoutSeconds, 15)) };
        try
        {
            await System.Net.Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        }
        catch (SocketException ex)
        {
            return new ConnectionTestResult(ConnectionTestStep.Dns, $"The host name {endpoint.Host} was not found ({ex.SocketErrorCode}).");
        }

        try
        {
            using var probe = await MailSocket.ConnectAsync(endpoint.Host, endpoint.Port, endpoint.Timeout, cancellationToken);
        }
        catch (SocketException ex)
        {
            return new ConnectionTestResult(ConnectionTestStep.Tcp, ex.SocketErrorCode == SocketError.ConnectionRefused
                ? $"{endpoint.Host}:{endpoint.Port} refused the connection."
                : $"{endpoint.Host}:{endpoint.Port} cannot be reached ({ex.SocketErrorCode}).");
        }
        catch (TimeoutException)
        {
            return new ConnectionTestResult(ConnectionTestStep.Tcp, $"{endpoint.Host}:{endpoint.Port} did not answer within {endpoint.Timeout.TotalSeconds:0} s.");
        }

        ImapClient client;
        try
        {
            client = await connector.OpenAsync(endpoint, cancellationToken);
        }
        catch (MailTlsException ex)
        {
            return new ConnectionTestResult(ConnectionTestStep.Tls, ex.Message, FirstThumbprint(ex.Message));
        }
        catch (Exception ex) when (ex is ProtocolException or IOException)
        {
            return new ConnectionTestResult(ConnectionTestStep.Protocol, ex.Message);
        }

        using (client)
        {
            try
            {
                await connector.SignInAsync(client, mailbox, cancellationToken);
            }
            catch (Exception ex) when (MailFailures.IsCredentialRejection(ex))
            {
                return new ConnectionTestResult(ConnectionTestStep.Authentication, $"{MailboxBackoff.AuthenticationFailed}: {ex.Message}");
            }
            catch (Exception ex) when (ex is MailKit.Security.AuthenticationException or OAuthException or ProtocolException or CommandException or IOException)
            {
                return new ConnectionTestResult(ConnectionTestStep.Authentication, ex.Message);
            }

            return await CheckFoldersAsync(client, mailbox, cancellationToken);
        }
    }

    private async Task<ConnectionTestResult> CheckFoldersAsync(ImapClient client, MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        try
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            var folders = (await root.GetSubfoldersAsync(StatusItems.None, subscribedOnly: false, cancellationToken))
                .Select(f => f.FullName).Append("INBOX").ToHashSet(StringComparer.Ordinal);
            var missing = new List<string>();
            if (mailbox.MovesProcessedMail && !folders.Contains(mailbox.ProcessedFolder!.Trim()))
            {
                missing.Add($"processed folder '{mailbox.ProcessedFolder}' (it is created on the first move)");
            }

            if (!string.IsNullOrWhiteSpace(mailbox.SentFolder) && !folders.Contains(mailbox.SentFolder.Trim()))
            {
                missing.Add($"Sent folder '{mailbox.SentFolder}'");
            }

            var source = await client.GetFolderAsync(options.Value.Folder, cancellationToken);
            await source.StatusAsync(StatusItems.Count | StatusItems.Unread, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return missing.Count == 0
                ? new ConnectionTestResult(ConnectionTestStep.Success, $"{options.Value.Folder}: {source.Count} messages, {source.Unread} unseen.", MessageCount: source.Count)
                : new ConnectionTestResult(ConnectionTestStep.Folder, $"Missing: {string.Join("; ", missing)}.", MessageCount: source.Count);
        }
        catch (Exception ex) when (ex is CommandException or FolderNotFoundException)
        {
            return new ConnectionTestResult(ConnectionTestStep.Folder, $"The folder {options.Value.Folder} cannot be opened: {ex.Message}");
        }
        catch (Exception ex) when (ex is ProtocolException or IOException)
        {
            return new ConnectionTestResult(ConnectionTestStep.Protocol, ex.Message);
        }
    }

    private static string? FirstThumbprint(string message) =>
        Thumbprint().Match(message) is { Success: true } match ? match.Value : null;

    [GeneratedRegex("[0-9A-F]{64}")]
    private static partial Regex Thumbprint();
}
