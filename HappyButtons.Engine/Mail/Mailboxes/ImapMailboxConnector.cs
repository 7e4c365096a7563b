using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Tls;
using MailKit.Net.Imap;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// Opens an authenticated MailKit IMAP session for a stored mailbox: its host, port, security and pin over a NoDelay
/// socket, signed in with the decrypted password or an OAuth2 token (SASL XOAUTH2).
/// </summary>
public sealed class ImapMailboxConnector(MailboxRegistry registry, MailSignIn signIn, IOptions<ImapSourceOptions> options)
{
    public MailEndpoint Endpoint(MailboxSettings mailbox)
    {
        var security = MailSecurityExtensions.Parse(mailbox.Security, MailSecurity.Tls);
        return new MailEndpoint(
            mailbox.Host ?? throw new InvalidOperationException($"Mailbox {mailbox.Department} has no IMAP host."),
            mailbox.Port ?? (security == MailSecurity.Tls ? 993 : 143),
            security,
            string.IsNullOrWhiteSpace(mailbox.PinnedThumbprint) ? null : mailbox.PinnedThumbprint,
            TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
    }

    /// <summary>Connects (TCP, TLS) without signing in; the caller disposes the client.</summary>
    public async Task<ImapClient> OpenAsync(MailEndpoint endpoint, CancellationToken cancellationToken)
    {
        var client = new ImapClient();
        try
        {
            await MailConnection.ConnectAsync(client, endpoint, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task SignInAsync(ImapClient client, MailboxSettings mailbox, CancellationToken cancellationToken) =>
        await signIn.AuthenticateAsync(client, await registry.RevealCredentialsAsync(mailbox, cancellationToken), cancellationToken);

    /// <summary>Connects and signs in. Throws MailKit's exceptions, <see cref="MailTlsException"/> or <see cref="OAuthException"/>.</summary>
    public async Task<ImapClient> ConnectAsync(MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        var client = await OpenAsync(Endpoint(mailbox), cancellationToken);
        try
        {
            await SignInAsync(client, mailbox, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
