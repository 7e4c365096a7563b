using System.Buffers;
using System.Text;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>
/// Buffered tokenizer over the server's byte stream. Atoms and quoted strings are bounded;
/// literals are never materialised here: after a literal token the caller streams its bytes
/// out with <see cref="CopyLiteralToAsync"/> (or reads a small one as text).
/// </summary>
internal sealed class ImapReader
{
    internal const int MaxTokenLength = 64 * 1024;
    private const int InitialBufferSize = 16 * 1024;
    private static readonly SearchValues<byte> AtomDelimiters = SearchValues.Create(" ()[]\"{\r\n"u8);
    private static readonly SearchValues<byte> QuotedSpecials = SearchValues.Create("\"\\\r\n"u8);

    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private long _literalRemaining;

    public ImapReader(Stream stream) => _stream = stream;

    /// <summary>Bytes received but not yet consumed; must be zero when STARTTLS switches streams.</summary>
    public int BufferedCount => _end - _start;

    public bool InLiteral => _literalRemaining > 0;

    public async ValueTask<ImapToken> ReadTokenAsync(CancellationToken cancellationToken)
    {
        if (_literalRemaining > 0)
        {
            throw new InvalidOperationException("The pending literal must be consumed before reading the next token.");
        }

        var first = await PeekNonSpaceAsync(cancellationToken).ConfigureAwait(false);
        switch (first)
        {
            case (byte)'\r':
                await EnsureAsync(2, cancellationToken).ConfigureAwait(false);
                if (_buffer[_start + 1] != '\n')
                {
                    throw new ImapProtocolException("Malformed line ending from the server (CR without LF).");
                }

                _start += 2;
                return new ImapToken(ImapTokenKind.Eol);
            case (byte)'\n':
                _start++;
                return new ImapToken(ImapTokenKind.Eol);
            case (byte)'(':
                _start++;
                return new ImapToken(ImapTokenKind.OpenParen);
            case (byte)')':
                _start++;
                return new ImapToken(ImapTokenKind.CloseParen);
            case (byte)'[':
                _start++;
                return new ImapToken(ImapTokenKind.OpenBracket);
            case (byte)']':
                _start++;
                return new ImapToken(ImapTokenKind.CloseBracket);
            case (byte)'"':
                return await ReadQuotedAsync(cancellationToken).ConfigureAwait(false);
            case (byte)'{':
                return await ReadLiteralHeaderAsync(cancellationToken).ConfigureAwait(false);
            default:
                return await ReadAtomAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Skips spaces and returns the next byte without consuming it.</summary>
    public async ValueTask<byte> PeekNonSpaceAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            if (_buffer[_start] != (byte)' ')
            {
                return _buffer[_start];
            }

            _start++;
        }
    }

    /// <summary>Streams the pending literal to <paramref name="destination"/> through the reader's bounded buffer.</summary>
    public async ValueTask CopyLiteralToAsync(Stream destination, CancellationToken cancellationToken)
    {
        while (_literalRemaining > 0)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            var count = (int)Math.Min(_end - _start, _literalRemaining);
            await destination.WriteAsync(_buffer.AsMemory(_start, count), cancellationToken).ConfigureAwait(false);
            _start += count;
            _literalRemaining -= count;
        }
    }

    public ValueTask SkipLiteralAsync(CancellationToken cancellationToken) =>
        CopyLiteralToAsync(Stream.Null, cancellationToken);

    /// <summary>Reads a small literal (a folder name, a header value) as UTF-8 text.</summary>
    public async ValueTask<string> ReadLiteralAsStringAsync(CancellationToken cancellationToken)
    {
        if (_literalRemaining > MaxTokenLength)
        {
            throw new ImapProtocolException($"A {_literalRemaining}-byte literal arrived where a short string was expected.");
        }

        using var text = new MemoryStream((int)_literalRemaining);
        await CopyLiteralToAsync(text, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    /// <summary>Reads raw bytes up to the end of the line (human-readable response text), bounded.</summary>
    public async ValueTask<string> ReadTextToEndOfLineAsync(CancellationToken cancellationToken)
    {
        var text = new ArrayBufferWriter<byte>();
        while (true)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var lf = span.IndexOf((byte)'\n');
            var chunk = lf < 0 ? span : span[..lf];
            if (text.WrittenCount + chunk.Length <= MaxTokenLength)
            {
                text.Write(chunk);
            }

            if (lf >= 0)
            {
                _start += lf + 1;
                var bytes = text.WrittenSpan;
                if (bytes.Length > 0 && bytes[^1] == '\r')
                {
                    bytes = bytes[..^1];
                }

                return Encoding.UTF8.GetString(bytes).Trim();
            }

            _start = _end;
        }
    }

    /// <summary>Reads the body of a response code after '[' up to the matching ']' (parentheses may nest).</summary>
    public async ValueTask<string> ReadResponseCodeTextAsync(CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var depth = 0;
        while (true)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            var b = _buffer[_start];
            if (b is (byte)'\r' or (byte)'\n')
            {
                throw new ImapProtocolException($"Unterminated response code [{text}");
            }

            _start++;
            if (b == ']' && depth == 0)
            {
                return text.ToString();
            }

            depth += b == '(' ? 1 : b == ')' ? -1 : 0;
            if (text.Length >= MaxTokenLength)
            {
                throw new ImapProtocolException("Response code too long.");
            }

            text.Append((char)b);
        }
    }

    private async ValueTask<ImapToken> ReadAtomAsync(CancellationToken cancellationToken)
    {
        var scanned = 0;
        while (true)
        {
            var span = _buffer.AsSpan(_start + scanned, _end - _start - scanned);
            var end = span.IndexOfAny(AtomDelimiters);
            if (end >= 0)
            {
                var length = scanned + end;
                var text = Encoding.UTF8.GetString(_buffer, _start, length);
                _start += length;
                return new ImapToken(ImapTokenKind.Atom, text);
            }

            scanned = _end - _start;
            if (scanned >= MaxTokenLength)
            {
                throw new ImapProtocolException($"Atom longer than {MaxTokenLength} bytes from the server.");
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<ImapToken> ReadQuotedAsync(CancellationToken cancellationToken)
    {
        _start++;
        var text = new ArrayBufferWriter<byte>();
        while (true)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var special = span.IndexOfAny(QuotedSpecials);
            var chunk = special < 0 ? span : span[..special];
            text.Write(chunk);
            _start += chunk.Length;
            if (text.WrittenCount > MaxTokenLength)
            {
                throw new ImapProtocolException($"Quoted string longer than {MaxTokenLength} bytes from the server.");
            }

            if (special < 0)
            {
                continue;
            }

            switch (_buffer[_start])
            {
                case (byte)'"':
                    _start++;
                    return new ImapToken(ImapTokenKind.QuotedString, Encoding.UTF8.GetString(text.WrittenSpan));
                case (byte)'\\':
                    await EnsureAsync(2, cancellationToken).ConfigureAwait(false);
                    text.Write(_buffer.AsSpan(_start + 1, 1));
                    _start += 2;
                    break;
                default:
                    throw new ImapProtocolException("Line break inside a quoted string from the server.");
            }
        }
    }

    private async ValueTask<ImapToken> ReadLiteralHeaderAsync(CancellationToken cancellationToken)
    {
        var scanned = 0;
        int close;
        while ((close = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'}')) < 0)
        {
            scanned = _end - _start;
            if (scanned > 24)
            {
                throw new ImapProtocolException("Malformed literal length from the server.");
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }

        close += scanned;
        var digits = _buffer.AsSpan(_start + 1, close - 1);
        if (digits.Length > 0 && digits[^1] == '+')
        {
            digits = digits[..^1];
        }

        if (!long.TryParse(Encoding.ASCII.GetString(digits), System.Globalization.NumberStyles.None, null, out var length))
        {
            throw new ImapProtocolException($"Malformed literal length '{Encoding.ASCII.GetString(digits)}' from the server.");
        }

        _start += close + 1;
        var token = await ReadTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token.Kind != ImapTokenKind.Eol)
        {
            throw new ImapProtocolException("A literal length must be followed by a line break.");
        }

        _literalRemaining = length;
        return new ImapToken(ImapTokenKind.Literal, LiteralLength: length);
    }

    private async ValueTask EnsureAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads more bytes after the unconsumed ones, compacting or growing the buffer as needed.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }
        else if (_end == _buffer.Length)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            else
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new ImapProtocolException(_literalRemaining > 0
                ? $"The server closed the connection in the middle of a literal ({_literalRemaining} bytes missing)."
                : "The server closed the connection unexpectedly.");
        }

        _end += read;
    }
}
