using System.Buffers;
using System.Globalization;
using System.Text;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>
/// The command/response engine: tags commands, sends literals, reads responses until the tagged
/// completion, applies untagged state, and turns I/O failures and timeouts into
/// <see cref="ImapProtocolException"/> after which the connection is closed.
/// </summary>
internal sealed class ImapConnection : IAsyncDisposable
{
    private const int NonSynchronizingLimitForLiteralMinus = 4096;

    private readonly TimeSpan _timeout;
    private readonly ArrayBufferWriter<byte> _output = new(1024);
    private Stream _stream;
    private ImapReader _reader;
    private CancellationTokenSource? _operationTimeout;
    private readonly ImapResponseParser _responses;
    private int _tagCounter;
    private int _busy;
    private bool _broken;

    public ImapConnection(Stream stream, TimeSpan timeout)
    {
        _stream = stream;
        _reader = new ImapReader(stream);
        _timeout = timeout;
        _responses = new ImapResponseParser(State);
    }

    public ImapSessionState State { get; } = new();

    public bool IsConnected => !_broken;

    public Task<ImapCompletion> ReadGreetingAsync(CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            var star = await _reader.ReadTokenAsync(ct).ConfigureAwait(false);
            if (!star.IsAtom("*"))
            {
                throw new ImapProtocolException($"Expected an untagged greeting, got {star}.");
            }

            var greeting = await _responses.ReadStatusAsync(_reader, ct).ConfigureAwait(false);
            if (greeting.Status == ImapStatus.Bye)
            {
                throw new ImapProtocolException($"The server refused the connection: {greeting.Text}");
            }

            return greeting;
        }, cancellationToken);

    /// <summary>Replaces the transport after STARTTLS; refuses when the server sent bytes ahead of the handshake.</summary>
    public async Task UpgradeAsync(Func<Stream, Task<Stream>> upgrade)
    {
        if (_reader.BufferedCount > 0)
        {
            await BreakAsync().ConfigureAwait(false);
            throw new ImapProtocolException("The server sent data after the STARTTLS response, before the TLS handshake.");
        }

        _stream = await upgrade(_stream).ConfigureAwait(false);
        _reader = new ImapReader(_stream);
    }

    public Task<ImapCompletion> ExecuteAsync(ImapCommand command, IImapUntaggedHandler? handler, CancellationToken cancellationToken) =>
        RunAsync(ct => SendAndCompleteAsync(command, handler, ct), cancellationToken);

    /// <summary>IDLE until new mail is announced, <paramref name="max"/> passes or the caller cancels; always ends with DONE.</summary>
    public async Task<ImapIdleResult> IdleAsync(TimeSpan max, CancellationToken cancellationToken)
    {
        var result = await RunAsync(async ct =>
        {
            var tag = NextTag();
            await WriteLineAsync($"{tag} IDLE", ct).ConfigureAwait(false);
            if (await WaitForContinuationAsync(tag, null, ct).ConfigureAwait(false) is { } refused)
            {
                refused.ThrowIfFailed("IDLE");
                return ImapIdleResult.TimeElapsed;
            }

            var before = State.NewMailSignals;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            stop.CancelAfter(max);
            var stopSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var registration = stop.Token.Register(() => stopSignal.TrySetResult()).ConfigureAwait(false);

            // The read below runs without the caller's token: ending IDLE means sending DONE and
            // reading the tagged OK, so the connection stays usable after a timeout or cancel.
            using var deadMan = new CancellationTokenSource(max + _timeout);
            var doneSent = false;
            Task<ImapCompletion?>? pending = null;
            while (true)
            {
                pending ??= ReadResponseAsync(tag, null, deadMan.Token).AsTask();
                if (!doneSent && await Task.WhenAny(pending, stopSignal.Task).ConfigureAwait(false) != pending)
                {
                    await WriteLineAsync("DONE", deadMan.Token).ConfigureAwait(false);
                    doneSent = true;
                    deadMan.CancelAfter(_timeout);
                    continue;
                }

                var completion = await pending.ConfigureAwait(false);
                pending = null;
                if (completion is { } done)
                {
                    done.ThrowIfFailed("IDLE");
                    break;
                }

                if (!doneSent && State.NewMailSignals != before)
                {
                    await WriteLineAsync("DONE", deadMan.Token).ConfigureAwait(false);
                    doneSent = true;
                    deadMan.CancelAfter(_timeout);
                }
            }

            return State.NewMailSignals != before ? ImapIdleResult.NewMail : ImapIdleResult.TimeElapsed;
        }, CancellationToken.None).ConfigureAwait(false);

        // IDLE was ended cleanly with DONE, so the connection survives the caller's cancellation.
        cancellationToken.ThrowIfCancellationRequested();
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _broken = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<ImapCompletion> SendAndCompleteAsync(ImapCommand command, IImapUntaggedHandler? handler, CancellationToken ct)
    {
        var tag = NextTag();
        Append(tag);
        Append(" ");
        var endsWithContinuationLine = false;
        foreach (var part in command.Parts)
        {
            if (part.Text is not null)
            {
                _output.Write(part.Text);
            }
            else if (part.Literal is not null)
            {
                var nonSynchronizing = State.Has("LITERAL+")
                    || (State.Has("LITERAL-") && part.LiteralLength <= NonSynchronizingLimitForLiteralMinus);
                Append(string.Create(CultureInfo.InvariantCulture, $"{{{part.LiteralLength}{(nonSynchronizing ? "+" : "")}}}\r\n"));
                await FlushOutputAsync(ct).ConfigureAwait(false);
                if (!nonSynchronizing && await WaitForContinuationAsync(tag, handler, ct).ConfigureAwait(false) is { } refused)
                {
                    return refused;
                }

                await part.Literal.CopyToAsync(_stream, 64 * 1024, ct).ConfigureAwait(false);
            }
            else if (part.ContinuationLine is not null)
            {
                Append("\r\n");
                await FlushOutputAsync(ct).ConfigureAwait(false);
                if (await WaitForContinuationAsync(tag, handler, ct).ConfigureAwait(false) is { } refused)
                {
                    return refused;
                }

                _output.Write(part.ContinuationLine);
                endsWithContinuationLine = true;
            }
        }

        if (!endsWithContinuationLine)
        {
            Append("\r\n");
        }

        await FlushOutputAsync(ct).ConfigureAwait(false);
        while (true)
        {
            if (!command.AnswersChallengesWithEmptyLine)
            {
                if (await ReadResponseAsync(tag, handler, ct).ConfigureAwait(false) is { } completion)
                {
                    return completion;
                }

                continue;
            }

            if (await WaitForContinuationAsync(tag, handler, ct).ConfigureAwait(false) is { } saslCompletion)
            {
                return saslCompletion;
            }

            await WriteLineAsync("", ct).ConfigureAwait(false);
        }
    }

    /// <summary>Reads until a continuation request (returns null) or the command's tagged completion.</summary>
    private async Task<ImapCompletion?> WaitForContinuationAsync(string tag, IImapUntaggedHandler? handler, CancellationToken ct)
    {
        while (true)
        {
            ResetTimeout();
            var first = await _reader.ReadTokenAsync(ct).ConfigureAwait(false);
            if (first.IsAtom("+"))
            {
                await _reader.ReadTextToEndOfLineAsync(ct).ConfigureAwait(false);
                return null;
            }

            if (await CompleteResponseAsync(first, tag, handler, ct).ConfigureAwait(false) is { } completion)
            {
                return completion;
            }
        }
    }

    /// <summary>Reads one response; returns the completion when it is the tagged one, null for untagged data.</summary>
    private async ValueTask<ImapCompletion?> ReadResponseAsync(string tag, IImapUntaggedHandler? handler, CancellationToken ct)
    {
        ResetTimeout();
        var first = await _reader.ReadTokenAsync(ct).ConfigureAwait(false);
        if (first.IsAtom("+"))
        {
            throw new ImapProtocolException("Unexpected continuation request from the server.");
        }

        return await CompleteResponseAsync(first, tag, handler, ct).ConfigureAwait(false);
    }

    private async ValueTask<ImapCompletion?> CompleteResponseAsync(ImapToken first, string tag, IImapUntaggedHandler? handler, CancellationToken ct)
    {
        if (first.IsAtom("*"))
        {
            await _responses.ReadUntaggedAsync(_reader, handler, ct).ConfigureAwait(false);
            return null;
        }

        if (first.Kind == ImapTokenKind.Atom && first.Text == tag)
        {
            var completion = await _responses.ReadStatusAsync(_reader, ct).ConfigureAwait(false);
            return completion.Status is ImapStatus.Ok or ImapStatus.No or ImapStatus.Bad
                ? completion
                : throw new ImapProtocolException($"Invalid tagged status for {tag}: {completion.Status}.");
        }

        throw new ImapProtocolException($"Unexpected response from the server starting with {first} (waiting for {tag}).");
    }

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        if (_broken)
        {
            throw new ImapProtocolException("The IMAP connection is closed; connect again.");
        }

        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            throw new InvalidOperationException("The IMAP client runs one command at a time; await the previous call (or use one client per task).");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _operationTimeout = timeout;
        timeout.CancelAfter(_timeout);
        try
        {
            return await operation(timeout.Token).ConfigureAwait(false);
        }
        catch (ImapProtocolException ex)
        {
            await BreakAsync().ConfigureAwait(false);
            if (_responses.ByeText is not null)
            {
                throw new ImapProtocolException($"The server ended the session: {_responses.ByeText}", ex);
            }

            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await BreakAsync().ConfigureAwait(false);
            throw;
        }
        catch (OperationCanceledException ex)
        {
            await BreakAsync().ConfigureAwait(false);
            throw new ImapProtocolException($"No response from the IMAP server within {_timeout.TotalSeconds:0} s.", ex);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            await BreakAsync().ConfigureAwait(false);
            throw new ImapProtocolException($"The IMAP connection was lost: {ex.Message}", ex);
        }
        finally
        {
            _operationTimeout = null;
            Volatile.Write(ref _busy, 0);
        }
    }

    private void ResetTimeout() => _operationTimeout?.CancelAfter(_timeout);

    private async Task BreakAsync()
    {
        if (!_broken)
        {
            _broken = true;
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private string NextTag() => string.Create(CultureInfo.InvariantCulture, $"A{++_tagCounter:D4}");

    private void Append(string text) => _output.Write(Encoding.UTF8.GetBytes(text));

    private async Task WriteLineAsync(string line, CancellationToken ct)
    {
        var bytes = Encoding.ASCII.GetBytes(line + "\r\n");
        await _stream.WriteAsync(bytes, ct).ConfigureAwait(false);
        await _stream.FlushAsync(ct).ConfigureAwait(false);
    }

    private async Task FlushOutputAsync(CancellationToken ct)
    {
        if (_output.WrittenCount > 0)
        {
            await _stream.WriteAsync(_output.WrittenMemory, ct).ConfigureAwait(false);
            _output.Clear();
        }

        await _stream.FlushAsync(ct).ConfigureAwait(false);
    }
}
