namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Entry points of the MIME parser. Parsing never throws on malformed input: it reads what it can,
/// and records what was odd in <see cref="MimeMessage.Warnings"/>.
/// </summary>
public static class MimeParser
{
    public static MimeMessage Parse(byte[] data, MimeLimits? limits = null) => Parse(new ReadOnlyMemory<byte>(data), limits);

    public static MimeMessage Parse(ReadOnlyMemory<byte> data, MimeLimits? limits = null)
    {
        limits ??= MimeLimits.Default;
        var context = new MimeParseContext(limits);
        if (data.Length > limits.MaxMessageBytes)
        {
            context.FlagLimit($"Message larger than {limits.MaxMessageBytes} bytes; only the first {limits.MaxMessageBytes} bytes were read.");
            data = data[..limits.MaxMessageBytes];
        }
        return new EntityReader(context).ReadMessage(data, depth: 0);
    }

    /// <summary>Reads the stream up to the size limit (plus one byte to notice an overrun) and parses it.</summary>
    public static async Task<MimeMessage> ParseAsync(Stream stream, MimeLimits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= MimeLimits.Default;
        var buffer = new BoundedBuffer(limits.MaxMessageBytes + 1);
        int read;
        do
        {
            read = await stream.ReadAsync(buffer.FreeSpace(), cancellationToken).ConfigureAwait(false);
        }
        while (buffer.Advance(read));
        return Parse(buffer.Content, limits);
    }

    public static MimeMessage Parse(Stream stream, MimeLimits? limits = null)
    {
        limits ??= MimeLimits.Default;
        var buffer = new BoundedBuffer(limits.MaxMessageBytes + 1);
        while (buffer.Advance(stream.Read(buffer.FreeSpace().Span))) { }
        return Parse(buffer.Content, limits);
    }

    /// <summary>A growing byte buffer that stops accepting data at its cap.</summary>
    private sealed class BoundedBuffer(int cap)
    {
        private byte[] _bytes = new byte[Math.Min(cap, 64 * 1024)];
        private int _length;

        public ReadOnlyMemory<byte> Content => _bytes.AsMemory(0, _length);

        public Memory<byte> FreeSpace()
        {
            if (_length == _bytes.Length) Array.Resize(ref _bytes, (int)Math.Min(cap, _bytes.Length * 2L));
            return _bytes.AsMemory(_length);
        }

        /// <summary>Records <paramref name="read"/> new bytes; false once the stream ended or the cap is reached.</summary>
        public bool Advance(int read)
        {
            _length += read;
            return read > 0 && _length < cap;
        }
    }
}

/// <summary>State shared by all entities of one parse: limits, counters and the warning list.</summary>
internal sealed class MimeParseContext(MimeLimits limits)
{
    public MimeLimits Limits { get; } = limits;
    public MimeWarnings Warnings { get; } = new();
    public int PartCount { get; set; }
    public bool LimitExceeded { get; private set; }

    public void FlagLimit(string warning)
    {
        LimitExceeded = true;
        Warnings.Add(warning);
    }
}
