using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HappyButtons.Tests.Mail.Mailboxes;

/// <summary>A minimal plain SMTP server on loopback whose RCPT TO reply a test sets, to provoke 4xx and 5xx failures.</summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _accepted;

    private FakeSmtpServer()
    {
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The reply to RCPT TO, e.g. "250 2.1.5 Ok" or "451 4.3.0 Try again later".</summary>
    public string RecipientReply { get; set; } = "250 2.1.5 Ok";

    public int MessagesAccepted => Volatile.Read(ref _accepted);

    public static FakeSmtpServer Start()
    {
        var server = new FakeSmtpServer();
        server._listener.Start();
        _ = server.AcceptAsync();
        return server;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
            catch (Exception)
            {
                return;
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            async Task Reply(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"));
            try
            {
                await Reply("220 fake.test ESMTP");
                var recipients = 0;
                while (await reader.ReadLineAsync() is { } line)
                {
                    var verb = line.Split(' ', ':')[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO" or "HELO": await Reply("250 fake.test"); break;
                        case "MAIL" or "RSET": recipients = 0; await Reply("250 2.0.0 Ok"); break;
                        case "NOOP": await Reply("250 2.0.0 Ok"); break;
                        case "RCPT":
                            var reply = RecipientReply;
                            recipients += reply.StartsWith('2') ? 1 : 0;
                            await Reply(reply);
                            break;
                        case "DATA" when recipients == 0: await Reply("554 5.5.1 Error: no valid recipients"); break;
                        case "DATA":
                            await Reply("354 End data with <CR><LF>.<CR><LF>");
                            string? data;
                            while ((data = await reader.ReadLineAsync()) is not null && data != ".")
                            {
                            }

                            if (data is null)
                            {
                                return;
                            }

                            Interlocked.Increment(ref _accepted);
                            await Reply("250 2.0.0 Ok: queued as FAKE1");
                            break;
                        case "QUIT": await Reply("221 2.0.0 Bye"); return;
                        default: await Reply("502 5.5.2 Command not recognized"); break;
                    }
                }
            }
            catch (IOException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _stop.Dispose();
    }
}
