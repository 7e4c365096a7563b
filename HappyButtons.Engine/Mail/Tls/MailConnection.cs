using System.Security.Authentication;
using MailKit;
using MailKit.Security;

namespace HappyButtons.Engine.Mail.Tls;

/// <summary>Where and how to connect: host, port, security, the pinned certificate (SHA-256) and the time allowed per response.</summary>
public sealed record MailEndpoint(string Host, int Port, MailSecurity Security, string? PinnedCertificateSha256, TimeSpan Timeout);

/// <summary>
/// Connects a MailKit client (IMAP or SMTP) over a NoDelay socket under our certificate policy: normal validation,
/// or the pinned SHA-256 thumbprint for a self-signed server; TLS 1.2/1.3 only; no revocation lookup (as before,
/// servers are often reachable where CRL and OCSP hosts are not). A rejected certificate is reported as a
/// <see cref="MailTlsException"/> naming the presented thumbprint.
/// </summary>
public static class MailConnection
{
    public static async Task ConnectAsync(IMailService client, MailEndpoint endpoint, CancellationToken cancellationToken)
    {
        var pinning = new CertificatePinning(endpoint.PinnedCertificateSha256);
        client.ServerCertificateValidationCallback = pinning.Validate;
        client.CheckCertificateRevocation = false;
        client.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        client.Timeout = (int)Math.Min(int.MaxValue, endpoint.Timeout.TotalMilliseconds);
        var socket = await MailSocket.ConnectAsync(endpoint.Host, endpoint.Port, endpoint.Timeout, cancellationToken);
        try
        {
            await client.ConnectAsync(socket, endpoint.Host, endpoint.Port, endpoint.Security.ToSocketOptions(), cancellationToken);
        }
        catch (SslHandshakeException ex)
        {
            socket.Dispose();
            throw new MailTlsException($"TLS handshake with {endpoint.Host} failed: {pinning.RejectionReason ?? ex.InnerException?.Message ?? ex.Message}", ex);
        }
        catch (NotSupportedException ex) when (endpoint.Security == MailSecurity.StartTls)
        {
            socket.Dispose();
            throw new MailTlsException($"{endpoint.Host} does not offer STARTTLS, which this connection requires.", ex);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
