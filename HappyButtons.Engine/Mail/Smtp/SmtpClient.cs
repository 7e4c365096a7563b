using System.Globalization;
using System.Net.Sockets;
using System.Text;
using HappyButtons.Engine.Mail.Tls;

namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>
/// An ESMTP submission client for one connection: connect (implicit TLS, STARTTLS or explicitly
/// plain), authenticate, then send any number of raw messages (RSET between them). Failures are
/// <see cref="SmtpException"/> classified as transient or permanent. Not thread-safe.
/// </summary>
public sealed class SmtpClient : IAsyncDisposable
{
    private readonly SmtpClientOptions _options;
    private Stream _stream;
    private SmtpReplyReader _reader;
    private CancellationTokenSource? _operationTimeout;
    private bool _broken;
    private bool _transactionUsed;
    private int _busy;

    private SmtpClient(Stream stream, SmtpClientOptions options)
    {
        _stream = stream;
        _reader = new SmtpReplyReader(stream);
        _options = options;
    }

    public SmtpCapabilities Capabilities { get; private set; } = SmtpCapabilities.None;

    public bool IsConnected => !_broken;

    public static async Task<SmtpClient> ConnectAsync(SmtpClientOptions options, CancellationToken cancellationToken)
    {
        Stream transport;
        try
        {
            transport = await MailTransport.ConnectAsync(options.Host, options.Port, options.Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException)
        {
            throw new SmtpException(SmtpFailureKind.Transient, $"Cannot connect to SMTP server {options.Host}:{options.Port}: {ex.Message}", null, ex);
        }

        return await ConnectAsync(transport, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the session over an already connected transport (a socket stream, or a scripted stream in tests).</summary>
    public static async Task<SmtpClient> ConnectAsync(Stream transport, SmtpClientOptions options, CancellationToken cancellationToken)
    {
        if (options.Security == SmtpSecurity.Tls)
        {
            transport = await SecureAsync(transport, options, cancellationToken).ConfigureAwait(false);
        }

        var client = new SmtpClient(transport, options);
        try
        {
            await client.RunAsync(client.StartSessionAsync, cancellationToken).ConfigureAwait(false);
            return client;
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>AUTH PLAIN, or AUTH LOGIN when PLAIN is not offered. Rejection is a permanent failure.</summary>
    public Task AuthenticateAsync(string user, string password, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            SmtpReply reply;
            if (Capabilities.HasAuth("PLAIN"))
            {
                reply = await CommandAsync("AUTH PLAIN " + Base64($"\0{user}\0{password}"), ct).ConfigureAwait(false);
            }
            else if (Capabilities.HasAuth("LOGIN"))
            {
                reply = await CommandAsync("AUTH LOGIN", ct).ConfigureAwait(false);
                reply = reply.Code == 334 ? await CommandAsync(Base64(user), ct).ConfigureAwait(false) : reply;
                reply = reply.Code == 334 ? await CommandAsync(Base64(password), ct).ConfigureAwait(false) : reply;
            }
            else
            {
                throw new SmtpException(SmtpFailureKind.Permanent, "The SMTP server offers neither AUTH PLAIN nor AUTH LOGIN on this connection.");
            }

            if (reply.Code != 235)
            {
                throw SmtpException.FromReply($"authentication as '{user}'", reply);
            }

            return true;
        }, cancellationToken);

    /// <summary>AUTH XOAUTH2 with an OAuth 2.0 access token; a rejected token is a permanent failure.</summary>
    public Task AuthenticateWithAccessTokenAsync(string user, string accessToken, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            if (!Capabilities.HasAuth("XOAUTH2"))
            {
                throw new SmtpException(SmtpFailureKind.Permanent, "The SMTP server does not offer AUTH XOAUTH2 on this connection.");
            }

            var reply = await CommandAsync("AUTH XOAUTH2 " + Base64($"user={user}\u0001auth=Bearer {accessToken}\u0001\u0001"), ct).ConfigureAwait(false);
            if (reply.Code == 334)
            {
                // The challenge carries the error details; an empty answer makes the server finish with 5xx.
                reply = await CommandAsync("", ct).ConfigureAwait(false);
            }

            return reply.Code == 235 ? true : throw SmtpException.FromReply($"token authentication as '{user}'", reply);
        }, cancellationToken);

    /// <summary>
    /// Sends one message given as raw RFC 5322 bytes. Returns when the server accepted it for at
    /// least one recipient; throws <see cref="SmtpException"/> otherwise.
    /// </summary>
    public async Task<SmtpSendResult> SendAsync(SmtpEnvelope envelope, Stream message, CancellationToken cancellationToken)
    {
        envelope.Validate();
        long? size = message.CanSeek ? message.Length - message.Position : null;
        if (size is { } known && Capabilities.MaxSize > 0 && known > Capabilities.MaxSize)
        {
            throw new SmtpException(SmtpFailureKind.Permanent,
                $"The message is {known} bytes; the SMTP server accepts at most {Capabilities.MaxSize} bytes.");
        }

        if (envelope.NeedsSmtpUtf8 && !Capabilities.Has("SMTPUTF8"))
        {
            throw new SmtpException(SmtpFailureKind.Permanent, "An address is not ASCII and the SMTP server does not offer SMTPUTF8.");
        }

        return await RunAsync(ct => TransactAsync(envelope, message, size, ct), cancellationToken).ConfigureAwait(false);
    }

    public Task NoopAsync(CancellationToken cancellationToken) =>
        RunAsync(async ct => Expect("NOOP", await CommandAsync("NOOP", ct).ConfigureAwait(false)), cancellationToken);

    public async Task QuitAsync(CancellationToken cancellationToken)
    {
        if (!_broken)
        {
            await RunAsync(async ct => await CommandAsync("QUIT", ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            await DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _broken = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<SmtpSendResult> TransactAsync(SmtpEnvelope envelope, Stream message, long? size, CancellationToken ct)
    {
        var mailFrom = new StringBuilder($"MAIL FROM:<{envelope.From}>");
        if (size is { } known && Capabilities.Has("SIZE"))
        {
            mailFrom.Append(CultureInfo.InvariantCulture, $" SIZE={known}");
        }

        if (Capabilities.Has("8BITMIME"))
        {
            mailFrom.Append(" BODY=8BITMIME");
        }

        if (envelope.NeedsSmtpUtf8)
        {
            mailFrom.Append(" SMTPUTF8");
        }

        var commands = new List<string>();
        if (_transactionUsed)
        {
            commands.Add("RSET");
        }

        commands.Add(mailFrom.ToString());
        commands.AddRange(envelope.Recipients.Select(r => $"RCPT TO:<{r}>"));
        commands.Add("DATA");
        _transactionUsed = true;

        var replies = await SendCommandsAsync(commands, ct).ConfigureAwait(false);
        var index = 0;
        if (commands[0] == "RSET")
        {
            Expect("RSET", replies[index++]);
        }

        var mailReply = replies[index++];
        var recipients = envelope.Recipients.Select((address, i) =>
        {
            var reply = replies[index + i];
            return new SmtpRecipientResult(address, reply.Code is 250 or 251, reply.Code, reply.Text);
        }).ToList();
        var dataReply = replies[^1];
        if (!mailReply.IsPositive)
        {
            await AbortDataIfStartedAsync(dataReply).ConfigureAwait(false);
            throw SmtpException.FromReply("MAIL FROM", mailReply);
        }

        if (recipients.All(r => !r.Accepted))
        {
            await AbortDataIfStartedAsync(dataReply).ConfigureAwait(false);
            var kind = recipients.Any(r => r.Code is >= 400 and < 500) ? SmtpFailureKind.Transient : SmtpFailureKind.Permanent;
            throw new SmtpException(kind, "Every recipient was rejected: " + string.Join("; ", recipients.Select(r => $"{r.Address} {r.Code} {r.Text}")))
            {
                Recipients = recipients,
            };
        }

        if (dataReply.Code != 354)
        {
            throw SmtpException.FromReply("DATA", dataReply);
        }

        await SmtpDataEncoder.WriteAsync(message, _stream, ResetTimeout, ct).ConfigureAwait(false);
        ResetTimeout();
        var accepted = await _reader.ReadReplyAsync(ct).ConfigureAwait(false);
        if (!accepted.IsPositive)
        {
            var failure = SmtpException.FromReply("message transfer", accepted);
            throw new SmtpException(failure.Kind, failure.Message, accepted) { Recipients = recipients };
        }

        return new SmtpSendResult(recipients, accepted);
    }

    private async Task<bool> StartSessionAsync(CancellationToken ct)
    {
        var greeting = await _reader.ReadReplyAsync(ct).ConfigureAwait(false);
        if (greeting.Code != 220)
        {
            throw SmtpException.FromReply("greeting", greeting);
        }

        await HelloAsync(ct).ConfigureAwait(false);
        if (_options.Security != SmtpSecurity.StartTls)
        {
            return true;
        }

        if (!Capabilities.Has("STARTTLS"))
        {
            throw new SmtpException(SmtpFailureKind.Permanent, $"The SMTP server {_options.Host} does not offer STARTTLS; refusing to continue without TLS.");
        }

        Expect("STARTTLS", await CommandAsync("STARTTLS", ct).ConfigureAwait(false));
        if (_reader.BufferedCount > 0)
        {
            throw new IOException("The SMTP server sent data after the STARTTLS reply, before the TLS handshake.");
        }

        _stream = await SecureAsync(_stream, _options, ct).ConfigureAwait(false);
        _reader = new SmtpReplyReader(_stream);
        await HelloAsync(ct).ConfigureAwait(false);
        return true;
    }

    private async Task HelloAsync(CancellationToken ct)
    {
        var ehlo = await CommandAsync($"EHLO {_options.ClientName}", ct).ConfigureAwait(false);
        if (ehlo.Code == 250)
        {
            Capabilities = SmtpCapabilities.Parse(ehlo);
            return;
        }

        Expect("HELO", await CommandAsync($"HELO {_options.ClientName}", ct).ConfigureAwait(false));
        Capabilities = SmtpCapabilities.None;
    }

    private static async Task<Stream> SecureAsync(Stream transport, SmtpClientOptions options, CancellationToken ct)
    {
        try
        {
            return await TlsHandshake.AuthenticateAsClientAsync(transport, options.Host, options.PinnedCertificateSha256, options.Timeout, ct).ConfigureAwait(false);
        }
        catch (MailTlsException ex)
        {
            throw new SmtpException(SmtpFailureKind.Permanent, ex.Message, null, ex);
        }
    }

    /// <summary>Sends the commands in one write when the server offers PIPELINING, else one by one; returns the replies in order.</summary>
    private async Task<List<SmtpReply>> SendCommandsAsync(List<string> commands, CancellationToken ct)
    {
        var replies = new List<SmtpReply>(commands.Count);
        if (Capabilities.Has("PIPELINING"))
        {
            await WriteAsync(string.Concat(commands.Select(c => c + "\r\n")), ct).ConfigureAwait(false);
            foreach (var _ in commands)
            {
                ResetTimeout();
                replies.Add(await _reader.ReadReplyAsync(ct).ConfigureAwait(false));
            }

            return replies;
        }

        foreach (var command in commands)
        {
            replies.Add(await CommandAsync(command, ct).ConfigureAwait(false));
        }

        return replies;
    }

    private async Task<SmtpReply> CommandAsync(string command, CancellationToken ct)
    {
        ResetTimeout();
        await WriteAsync(command + "\r\n", ct).ConfigureAwait(false);
        return await _reader.ReadReplyAsync(ct).ConfigureAwait(false);
    }

    private async Task WriteAsync(string text, CancellationToken ct)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct).ConfigureAwait(false);
        await _stream.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A server that said 354 although we must not send: the only safe way out is to drop the connection.</summary>
    private async Task AbortDataIfStartedAsync(SmtpReply dataReply)
    {
        if (dataReply.Code == 354)
        {
            await DisposeAsync().ConfigureAwait(false);
        }
    }

    private static bool Expect(string command, SmtpReply reply) =>
        reply.IsPositive ? true : throw SmtpException.FromReply(command, reply);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        if (_broken)
        {
            throw new SmtpException(SmtpFailureKind.Transient, "The SMTP connection is closed; connect again.");
        }

        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            throw new InvalidOperationException("The SMTP client sends one message at a time; await the previous call (or use one client per task).");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _operationTimeout = timeout;
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await operation(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
        catch (OperationCanceledException ex)
        {
            await DisposeAsync().ConfigureAwait(false);
            throw new SmtpException(SmtpFailureKind.Transient, $"No reply from the SMTP server within {_options.Timeout.TotalSeconds:0} s.", null, ex);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException)
        {
            await DisposeAsync().ConfigureAwait(false);
            throw new SmtpException(SmtpFailureKind.Transient, $"The SMTP connection was lost: {ex.Message}", null, ex);
        }
        catch (SmtpException ex) when (ex.Reply?.Code == 421)
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            _operationTimeout = null;
            Volatile.Write(ref _busy, 0);
        }
    }

    private void ResetTimeout() => _operationTimeout?.CancelAfter(_options.Timeout);
}
