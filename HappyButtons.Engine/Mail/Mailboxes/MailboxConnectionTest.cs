using System.Net.Sockets;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Mail.Imap;
using HappyButtons.Engine.Mail.Tls;
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
/// reports the first that failed in words an administrator can act on. A Maildir mailbox is checked on disk.
/// </summary>
public sealed partial class MailboxConnectionTest(MailboxRegistry registry, ImapMailboxConnector connector, IOptions<ImapSourceOptions> options)
{
    public async Task<ConnectionTestResult> RunAsync(string department, CancellationToken cancellationToken)
    {
        var mailbox = await registry.GetAsync(department, cancellationToken);
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

        var clientOptions = connector.ClientOptions(mailbox) with { Timeout = TimeSpan.FromSeconds(Math.Min(options.Value.TimeoutSeconds, 15)) };
        try
        {
            await System.Net.Dns.GetHostAddressesAsync(clientOptions.Host, cancellationToken);
        }
        catch (SocketException ex)
        {
            return new ConnectionTestResult(ConnectionTestStep.Dns, $"The host name {clientOptions.Host} was not found ({ex.SocketErrorCode}).");
        }

        try
        {
            await using var probe = await MailTransport.ConnectAsync(clientOptions.Host, clientOptions.Port, clientOptions.Timeout, cancellationToken);
        }
        catch (SocketException ex)
        {
            return new ConnectionTestResult(ConnectionTestStep.Tcp, ex.SocketErrorCode == SocketError.ConnectionRefused
                ? $"{clientOptions.Host}:{clientOptions.Port} refused the connection."
                : $"{clientOptions.Host}:{clientOptions.Port} cannot be reached ({ex.SocketErrorCode}).");
        }
        catch (TimeoutException)
        {
            return new ConnectionTestResult(ConnectionTestStep.Tcp, $"{clientOptions.Host}:{clientOptions.Port} did not answer within {clientOptions.Timeout.TotalSeconds:0} s.");
        }

        ImapClient client;
        try
        {
            client = await ImapClient.ConnectAsync(clientOptions, cancellationToken);
        }
        catch (MailTlsException ex)
        {
            return new ConnectionTestResult(ConnectionTestStep.Tls, ex.Message, FirstThumbprint(ex.Message));
        }
        catch (ImapException ex)
        {
            return new ConnectionTestResult(ConnectionTestStep.Protocol, ex.Message);
        }

        await using (client)
        {
            try
            {
                var password = await registry.RevealPasswordAsync(department, cancellationToken) ?? string.Empty;
                await client.AuthenticateAsync(mailbox.UserName ?? mailbox.Address, password, cancellationToken);
            }
            catch (ImapAuthenticationException ex)
            {
                return new ConnectionTestResult(ConnectionTestStep.Authentication, $"{MailboxBackoff.AuthenticationFailed}: {ex.Message}");
            }
            catch (ImapException ex)
            {
                return new ConnectionTestResult(ConnectionTestStep.Protocol, ex.Message);
            }

            return await CheckFoldersAsync(client, mailbox, cancellationToken);
        }
    }

    private async Task<ConnectionTestResult> CheckFoldersAsync(ImapClient client, MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        try
        {
            var folders = (await client.ListFoldersAsync(cancellationToken)).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            var missing = new List<string>();
            if (mailbox.MovesProcessedMail && !folders.Contains(mailbox.ProcessedFolder!.Trim()))
            {
                missing.Add($"processed folder '{mailbox.ProcessedFolder}' (it is created on the first move)");
            }

            if (!string.IsNullOrWhiteSpace(mailbox.SentFolder) && !folders.Contains(mailbox.SentFolder.Trim()))
            {
                missing.Add($"Sent folder '{mailbox.SentFolder}'");
            }

            var status = await client.StatusAsync(options.Value.Folder, cancellationToken);
            await client.LogoutAsync(cancellationToken);
            return missing.Count == 0
                ? new ConnectionTestResult(ConnectionTestStep.Success, $"{options.Value.Folder}: {status.Messages} messages, {status.Unseen} unseen.", MessageCount: status.Messages)
                : new ConnectionTestResult(ConnectionTestStep.Folder, $"Missing: {string.Join("; ", missing)}.", MessageCount: status.Messages);
        }
        catch (ImapCommandException ex)
        {
            return new ConnectionTestResult(ConnectionTestStep.Folder, $"The folder {options.Value.Folder} cannot be opened: {ex.ResponseText}");
        }
        catch (ImapException ex)
        {
            return new ConnectionTestResult(ConnectionTestStep.Protocol, ex.Message);
        }
    }

    private static string? FirstThumbprint(string message) =>
        Thumbprint().Match(message) is { Success: true } match ? match.Value : null;

    [GeneratedRegex("[0-9A-F]{64}")]
    private static partial Regex Thumbprint();
}
