using System.Globalization;
using System.Text;

namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>Reads complete replies (<c>250-...</c> continuation lines up to <c>250 ...</c>) from a buffered stream.</summary>
internal sealed class SmtpReplyReader
{
    private const int MaxLineLength = 16 * 1024;
    private const int MaxLines = 1000;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[MaxLineLength];
    private int _start;
    private int _end;

    public SmtpReplyReader(Stream stream) => _stream = stream;

    public int BufferedCount => _end - _start;

    public async ValueTask<SmtpReply> ReadReplyAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || (line.Length > 3 && line[3] is not (' ' or '-')))
            {
                throw new IOException($"Malformed SMTP reply line '{line}'.");
            }

            lines.Add(line.Length > 4 ? line[4..] : "");
            if (line.Length == 3 || line[3] == ' ')
            {
                return new SmtpReply(code, lines);
            }

            if (lines.Count > MaxLines)
            {
                throw new IOException("SMTP reply has too many lines.");
            }
        }
    }

    private async ValueTask<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanned = 0;
        while (true)
        {
            var lf = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (lf >= 0)
            {
                var length = scanned + lf;
                var line = Encoding.UTF8.GetString(_buffer, _start, length > 0 && _buffer[_start + length - 1] == '\r' ? length - 1 : length);
                _start += length + 1;
                return line;
            }

            scanned = _end - _start;
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, scanned);
                _end = scanned;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                throw new IOException($"SMTP reply line longer than {MaxLineLength} bytes.");
            }

            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException("The SMTP server closed the connection.");
            }

            _end += read;
        }
    }
}
