namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>
/// Streams raw RFC 5322 bytes as the DATA payload: lines starting with '.' get a second dot,
/// bare LF becomes CRLF, the last line is terminated, and the final <c>.\r\n</c> is appended.
/// Works chunk by chunk with bounded buffers, whatever the message size.
/// </summary>
internal static class SmtpDataEncoder
{
    private const int ChunkSize = 64 * 1024;

    /// <param name="progress">Called after each chunk is written, so the caller can keep its timeout alive.</param>
    public static async Task WriteAsync(Stream message, Stream destination, Action? progress, CancellationToken cancellationToken)
    {
        var input = new byte[ChunkSize];
        var output = new byte[ChunkSize * 2 + 8];
        var atLineStart = true;
        var previousWasCr = false;
        int read;
        while ((read = await message.ReadAsync(input, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var count = Encode(input.AsSpan(0, read), output, ref atLineStart, ref previousWasCr);
            await destination.WriteAsync(output.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            progress?.Invoke();
        }

        var end = atLineStart ? ".\r\n"u8 : "\r\n.\r\n"u8;
        await destination.WriteAsync(end.ToArray(), cancellationToken).ConfigureAwait(false);
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static int Encode(ReadOnlySpan<byte> input, Span<byte> output, ref bool atLineStart, ref bool previousWasCr)
    {
        var written = 0;
        foreach (var b in input)
        {
            if (atLineStart && b == (byte)'.')
            {
                output[written++] = (byte)'.';
            }

            if (b == (byte)'\n' && !previousWasCr)
            {
                output[written++] = (byte)'\r';
            }

            output[written++] = b;
            atLineStart = b == (byte)'\n';
            previousWasCr = b == (byte)'\r';
        }

        return written;
    }
}
