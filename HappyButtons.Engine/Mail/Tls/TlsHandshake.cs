using System.Net.Security;
using System.Security.Authentication;

namespace HappyButtons.Engine.Mail.Tls;

/// <summary>Wraps a connected transport in TLS under the <see cref="CertificatePinning"/> policy.</summary>
public static class TlsHandshake
{
    public static async Task<SslStream> AuthenticateAsClientAsync(
        Stream transport, string host, string? pinnedSha256, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pinning = new CertificatePinning(pinnedSha256);
        var ssl = new SslStream(transport, leaveInnerStreamOpen: false, pinning.Validate);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await ssl.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    TargetHost = host,
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                },
                deadline.Token).ConfigureAwait(false);
            return ssl;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new MailTlsException($"TLS handshake with {host} did not complete within {timeout.TotalSeconds:0} s.", ex);
        }
        catch (AuthenticationException ex)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new MailTlsException(
                $"TLS handshake with {host} failed: {pinning.RejectionReason ?? ex.Message}", ex);
        }
        catch (IOException ex)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new MailTlsException($"TLS handshake with {host} failed: {ex.Message}", ex);
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
