namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// Looks at the raw top-level header block before MimeKit does and fixes what MimeKit would read wrongly or without
/// bound: a mail cut at <see cref="MailParseLimits.MaxMessageBytes"/>, a header block over its size limit or with
/// over-long lines (cut), and text that follows the headers without the blank line between them. MimeKit reads such
/// text as further header fields and the body as empty; here a blank line is put in so it is read as the body, and a
/// warning says so. Copies the mail only when it changes something.
/// </summary>
internal static class RawHeaderBlock
{
    public sealed record Result(ReadOnlyMemory<byte> Mail, IReadOnlyList<string> Warnings, bool LimitExceeded, bool BodyRecovered);

    public static Result Prepare(byte[] raw, MailParseLimits limits)
    {
        var warnings = new List<string>();
        var limitExceeded = false;
        ReadOnlyMemory<byte> mail = raw;
        if (raw.Length > limits.MaxMessageBytes)
        {
            mail = mail[..limits.MaxMessageBytes];
            limitExceeded = true;
            warnings.Add($"The message is larger than {limits.MaxMessageBytes:N0} bytes; only its start was read (the raw mail is kept whole).");
        }

        var scan = Scan(mail.Span, limits);
        if (scan.Kind == Shape.Fine)
        {
            return new Result(mail, warnings, limitExceeded, BodyRecovered: false);
        }

        var output = new MemoryStream(mail.Length + 2);
        var span = mail.Span;
        var recovered = false;
        switch (scan.Kind)
        {
            case Shape.NoHeaders:
                output.Write("\r\n"u8);
                output.Write(span);
                recovered = true;
                warnings.Add("The message has no header block; all of it was read as the body.");
                break;
            case Shape.NoBlankLine:
                output.Write(span[..scan.Offset]);
                output.Write("\r\n"u8);
                output.Write(span[scan.Offset..]);
                recovered = true;
                warnings.Add($"The header block is not ended by a blank line; the text from line {scan.Line} on was read as the body.");
                break;
            case Shape.TooLarge:
                WriteBoundedHeaders(span, limits, output);
                limitExceeded = true;
                warnings.Add($"The header block is larger than {limits.MaxHeaderBlockBytes:N0} bytes, has more than {limits.MaxHeaderLines:N0} lines or a line longer than {limits.MaxHeaderLineBytes:N0} bytes; the excess was not read.");
                break;
        }

        return new Result(output.GetBuffer().AsMemory(0, (int)output.Length), warnings, limitExceeded, recovered);
    }

    private enum Shape { Fine, NoHeaders, NoBlankLine, TooLarge }

    private readonly record struct ScanResult(Shape Kind, int Offset = 0, int Line = 0);

    private static ScanResult Scan(ReadOnlySpan<byte> mail, MailParseLimits limits)
    {
        var position = 0;
        var line = 0;
        var sawField = false;
        while (position < mail.Length)
        {
            var content = Line(mail, position, out var next);
            line++;
            if (content.Length > limits.MaxHeaderLineBytes || next > limits.MaxHeaderBlockBytes || line > limits.MaxHeaderLines)
            {
                return new ScanResult(Shape.TooLarge);
            }

            if (content.IsEmpty)
            {
                return new ScanResult(Shape.Fine);
            }

            var valid = content[0] is (byte)' ' or (byte)'\t'
                ? sawField
                : IsField(content) || (line == 1 && content.StartsWith("From "u8));
            if (!valid)
            {
                return sawField ? new ScanResult(Shape.NoBlankLine, position, line) : new ScanResult(Shape.NoHeaders);
            }

            sawField = true;
            position = next;
        }

        return new ScanResult(Shape.Fine);
    }

    /// <summary>A field name (printable ASCII without ':' or spaces), optional blanks, then ':'.</summary>
    private static bool IsField(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && line[i] is > (byte)' ' and < 127 and not (byte)':') i++;
        if (i == 0) return false;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t') i++;
        return i < line.Length && line[i] == (byte)':';
    }

    /// <summary>The header lines that fit the limits (long lines cut), then the blank line and the body as they are.</summary>
    private static void WriteBoundedHeaders(ReadOnlySpan<byte> mail, MailParseLimits limits, MemoryStream output)
    {
        var position = 0;
        var full = false;
        var lines = 0;
        while (position < mail.Length)
        {
            var content = Line(mail, position, out var next);
            lines++;
            if (content.IsEmpty)
            {
                output.Write("\r\n"u8);
                output.Write(mail[next..]);
                return;
            }

            // Once a line does not fit, the rest of the block is dropped: a later short line may continue a dropped field.
            full = full || output.Length + Math.Min(content.Length, limits.MaxHeaderLineBytes) + 2 > limits.MaxHeaderBlockBytes || lines > limits.MaxHeaderLines;
            if (!full)
            {
                output.Write(content[..Math.Min(content.Length, limits.MaxHeaderLineBytes)]);
                output.Write("\r\n"u8);
            }

            position = next;
        }

        output.Write("\r\n"u8);
    }

    /// <summary>The line at <paramref name="start"/> without its line break, and where the next line starts.</summary>
    private static ReadOnlySpan<byte> Line(ReadOnlySpan<byte> mail, int start, out int next)
    {
        var newline = mail[start..].IndexOf((byte)'\n');
        var end = newline < 0 ? mail.Length : start + newline;
        next = newline < 0 ? mail.Length : end + 1;
        if (end > start && mail[end - 1] == (byte)'\r') end--;
        return mail[start..end];
    }
}
