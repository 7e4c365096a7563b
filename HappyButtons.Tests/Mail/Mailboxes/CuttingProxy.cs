using System.Net;
using System.Net.Sockets;

namespace HappyButtons.Tests.Mail.Mailboxes;

/// <summary>A loopback TCP proxy to a local server that drops each connection once the server has sent a given number of bytes.</summary>
internal sealed class CuttingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _targetPort;
    private readonly long _cutAfterBytes;
    private volatile bool _cutting = true;

    private CuttingProxy(int targetPort, long cutAfterBytes)
    {
        _targetPort = targetPort;
        _cutAfterBytes = cutAfterBytes;
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static CuttingProxy Start(int targetPort, long cutAfterBytes)
    {
        var proxy = new CuttingProxy(targetPort, cutAfterBytes);
        proxy._listener.Start();
        _ = proxy.AcceptAsync();
        return proxy;
    }

    public void StopCutting() => _cutting = false;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort);
            var cutting = _cutting;
            using var done = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var up = PumpAsync(client.GetStream(), server.GetStream(), long.MaxValue, done.Token);
            var down = PumpAsync(server.GetStream(), client.GetStream(), cutting ? _cutAfterBytes : long.MaxValue, done.Token);
            await Task.WhenAny(up, down);
            await done.CancelAsync();
            client.Client.Close(0);
            server.Client.Close(0);
        }
    }

    private static async Task PumpAsync(NetworkStream from, NetworkStream to, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        long total = 0;
        try
        {
            while (total < limit)
            {
                var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total)), cancellationToken);
                if (read == 0)
                {
                    return;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                total += read;
            }
        }
        catch (Exception)
        {
            // Either side went away; the relay ends.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _stop.Dispose();
    }
}
