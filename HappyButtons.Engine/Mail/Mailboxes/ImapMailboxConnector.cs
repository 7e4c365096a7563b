using HappyButtons.Engine.Mail.Imap;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>Opens an authenticated IMAP session for a stored mailbox: its host, port, security, pin and decrypted password.</summary>
public sealed class ImapMailboxConnector(MailboxRegistry registry, IOptions<ImapSourceOptions> options)
{
    public ImapClientOptions ClientOptions(MailboxSettings mailbox) => new()
    {
        Host = mailbox.Host ?? throw new InvalidOperationException($"Mailbox {mailbox.Department} has no IMAP host."),
        Port = mailbox.Port ?? (SecurityOf(mailbox) == ImapSecurity.Tls ? 993 : 143),
        Security = SecurityOf(mailbox),
        PinnedCertificateSha256 = string.IsNullOrWhiteSpace(mailbox.PinnedThumbprint) ? null : mailbox.PinnedThumbprint,
        Timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds),
    };

    public static ImapSecurity SecurityOf(MailboxSettings mailbox) =>
        Enum.TryParse<ImapSecurity>(mailbox.Security, ignoreCase: true, out var security) ? security : ImapSecurity.Tls;

    /// <summary>Connects and logs in. Throws the IMAP client's exceptions (authentication, TLS, protocol).</summary>
    public async Task<ImapClient> ConnectAsync(MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        var password = await registry.RevealPasswordAsync(mailbox.Department, cancellationToken) ?? string.Empty;
        var client = await ImapClient.ConnectAsync(ClientOptions(mailbox), cancellationToken);
        try
        {
            await client.AuthenticateAsync(mailbox.UserName ?? mailbox.Address, password, cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }
}
