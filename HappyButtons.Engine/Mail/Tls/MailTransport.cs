using System.Net.Sockets;

namespace HappyButtons.Engine.Mail.Tls;

/// <summary>Opens the TCP connection both mail clients start from, with Nagle off (commands are small and latency-bound).</summary>
public static class MailTransport
{
    /// <exception cref="SocketException">The host cannot be resolved or reached.</exception>
    /// <exception cref="TimeoutException">No connection within <paramref name="timeout"/>.</exception>
    public static async Task<Stream> ConnectAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            await socket.ConnectAsync(host, port, deadline.Token).ConfigureAwait(false);
            socket.NoDelay = true;
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"No connection to {host}:{port} within {timeout.TotalSeconds:0} s.", ex);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
