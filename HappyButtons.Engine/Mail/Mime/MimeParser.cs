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
        var cap = limits.MaxMessageBytes + 1;
        var buffer = new byte[Math.Min(cap, 64 * 1024)];
        var length = 0;
        while (length < cap)
        {
            if (length == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(cap, buffer.Length * 2L));
            var read = await stream.ReadAsync(buffer.AsMemory(length, buffer.Length - length), cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            length += read;
        }
        return Parse(new ReadOnlyMemory<byte>(buffer, 0, length), limits);
    }

    public static MimeMessage Parse(Stream stream, MimeLimits? limits = null) =>
        ParseAsync(stream, limits).GetAwaiter().GetResult();
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
