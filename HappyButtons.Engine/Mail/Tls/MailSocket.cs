using System.Net.Sockets;

namespace HappyButtons.Engine.Mail.Tls;

/// <summary>
/// Opens the TCP connection the MailKit clients run on, with Nagle off. MailKit never sets NoDelay on a socket it
/// opens itself, and SMTP then waits for delayed ACKs between commands (about 22 messages a second on loopback).
/// </summary>
public static class MailSocket
{
    /// <exception cref="SocketException">The host cannot be resolved or reached.</exception>
    /// <exception cref="TimeoutException">No connection within <paramref name="timeout"/>.</exception>
    public static async Task<Socket> ConnectAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            await socket.ConnectAsync(host, port, deadline.Token).ConfigureAwait(false);
            socket.NoDelay = true;
            return socket;
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
