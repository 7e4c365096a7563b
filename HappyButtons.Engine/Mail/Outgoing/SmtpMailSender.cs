using System.Text.RegularExpressions;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Tls;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>
/// Submits through the configured SMTP server with MailKit over a NoDelay socket (STARTTLS or TLS, certificate pin,
/// password or OAuth2). Connections are reused: after a message the signed-in connection waits for the next one, so a
/// batch of mail (or the send jobs running one after another) costs one connection, not one per message. A refused
/// recipient refuses the whole message, so nothing is ever half-sent and a retry never sends twice. Failures become a
/// <see cref="MailSendException"/>: 4xx replies (also as enhanced status 4.x.x) and connection trouble are
/// transient, 5xx replies, TLS and rejected credentials permanent.
/// </summary>
public sealed partial class SmtpMailSender(IOptions<SmtpOptions> options, MailSignIn signIn, TimeProvider clock, ILogger<SmtpMailSender> logger)
    : IMailSender, IAsyncDisposable
{
    /// <summary>A kept connection unused for longer is closed rather than tried (servers drop idle clients after a few minutes).</summary>
    private static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(60);

    /// <summary>A kept connection unused for longer is checked with NOOP before the next message.</summary>
    private static readonly TimeSpan CheckAfter = TimeSpan.FromSeconds(5);

    private const int MaxKept = 4;

    private readonly Lock _gate = new();
    private readonly Stack<(SmtpClient Client, DateTimeOffset LastUsed)> _idle = new();

    public string Transport => "smtp";

    public async Task<MailSendReceipt> SendAsync(ReadOnlyMemory<byte> rawMessage, MailEnvelope envelope, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = MimeMessage.Load(new MemoryStream(rawMessage.ToArray(), writable: false), cancellationToken);
        var from = string.IsNullOrWhiteSpace(envelope.From) ? settings.From ?? string.Empty : envelope.From;
        // An address no server could take is the mail's fault, not the connection's: permanent at once, not retried.
        List<MailboxAddress> recipients;
        MailboxAddress sender;
        try
        {
            recipients = envelope.Recipients.Select(r => MailboxAddress.Parse(r)).ToList();
            sender = MailboxAddress.Parse(from);
        }
        catch (ParseException ex)
        {
            throw new MailSendException(MailSendFailure.Permanent, $"The envelope holds an address that is not valid: {ex.Message}", ex);
        }

        var client = await AcquireAsync(cancellationToken);
        var reusable = false;
        try
        {
            var reply = await client.SendAsync(message, sender, recipients, cancellationToken);
            reusable = true;
            return new MailSendReceipt(Transport, reply);
        }
        catch (SmtpCommandException ex)
        {
            // The server refused this message; the connection itself is fine (MailKit sent RSET).
            reusable = client.IsConnected;
            throw new MailSendException(Classify(ex), $"{(int)ex.StatusCode} {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException
                                   or System.Net.Sockets.SocketException)
        {
            throw new MailSendException(MailSendFailure.Transient, $"The connection to the SMTP server failed: {ex.Message}", ex);
        }
        finally
        {
            Release(client, reusable);
        }
    }

    /// <summary>A kept connection (checked with NOOP when it waited a while), else a new signed-in one.</summary>
    private async Task<SmtpClient> AcquireAsync(CancellationToken cancellationToken)
    {
        while (TakeIdle() is { } kept)
        {
            if (clock.GetUtcNow() - kept.LastUsed < CheckAfter)
            {
                return kept.Client;
            }

            try
            {
                await kept.Client.NoOpAsync(cancellationToken);
                return kept.Client;
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException)
            {
                kept.Client.Dispose();
            }
        }

        return await ConnectAsync(cancellationToken);
    }

    private (SmtpClient Client, DateTimeOffset LastUsed)? TakeIdle()
    {
        lock (_gate)
        {
            while (_idle.TryPop(out var kept))
            {
                if (kept.Client.IsConnected && clock.GetUtcNow() - kept.LastUsed < MaxIdle)
                {
                    return kept;
                }

                kept.Client.Dispose();
            }

            return null;
        }
    }

    private void Release(SmtpClient client, bool reusable)
    {
        lock (_gate)
        {
            if (reusable && client.IsConnected && _idle.Count < MaxKept)
            {
                _idle.Push((client, clock.GetUtcNow()));
                return;
            }
        }

        client.Dispose();
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = new SmtpClient { LocalDomain = System.Net.Dns.GetHostName() };
        try
        {
            await MailConnection.ConnectAsync(client, settings.Endpoint(), cancellationToken);
            if (settings.Credentials() is { } credentials)
            {
                await signIn.AuthenticateAsync(client, credentials, cancellationToken);
            }

            return client;
        }
        catch (Exception ex)
        {
            client.Dispose();
            throw ex switch
            {
                MailTlsException => new MailSendException(MailSendFailure.Permanent, ex.Message, ex),
                _ when MailFailures.IsCredentialRejection(ex) => new MailSendException(MailSendFailure.Permanent, $"The SMTP server refused the sign-in: {ex.Message}", ex),
                AuthenticationException or OAuthException or IOException or SmtpProtocolException or SmtpCommandException or TimeoutException
                    or System.Net.Sockets.SocketException or NotSupportedException
                    => new MailSendException(MailSendFailure.Transient, $"Connecting to the SMTP server {settings.Host}:{settings.Endpoint().Port} failed: {ex.Message}", ex),
                _ => ex,
            };
        }
    }

    /// <summary>The enhanced status code (RFC 3463, "4.2.2") decides when the reply carries one, else the reply code.</summary>
    private static MailSendFailure Classify(SmtpCommandException ex)
    {
        var enhanced = EnhancedStatus().Match(ex.Message);
        var permanent = enhanced.Success ? enhanced.Groups[1].Value == "5" : (int)ex.StatusCode >= 500;
        return permanent ? MailSendFailure.Permanent : MailSendFailure.Transient;
    }

    [GeneratedRegex(@"^\s*([245])\.\d{1,3}\.\d{1,3}\b")]
    private static partial Regex EnhancedStatus();

    public async ValueTask DisposeAsync()
    {
        List<SmtpClient> clients;
        lock (_gate)
        {
            clients = _idle.Select(k => k.Client).ToList();
            _idle.Clear();
        }

        foreach (var client in clients)
        {
            try
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await client.DisconnectAsync(quit: true, quick.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException)
            {
                logger.LogDebug("Closing a kept SMTP connection failed: {Error}", ex.Message);
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
