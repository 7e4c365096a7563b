using System.Runtime.CompilerServices;
using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Splits a header block into fields, working on bytes. A line that is neither a field nor a
/// continuation ends the block (the body starts there), as the RFC 5322 grammar leaves nothing else.
/// </summary>
internal static class HeaderBlockReader
{
    private static readonly string[] KnownNames =
    [
        "From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID", "Message-Id", "Reply-To", "Sender",
        "In-Reply-To", "References", "MIME-Version", "Mime-Version", "Content-Type", "Content-Transfer-Encoding",
        "Content-Disposition", "Content-ID", "Content-Id", "Received", "Return-Path", "DKIM-Signature",
        "Authentication-Results", "X-Mailer", "User-Agent", "Content-Language", "Thread-Topic", "Thread-Index",
        "X-Priority", "Importance", "Auto-Submitted", "Delivered-To", "X-Originating-IP", "List-Unsubscribe",
    ];

    public readonly record struct Result(HeaderList Headers, int BodyStart, bool LimitExceeded);

    // Optimised at first call: as tier-0 code with loop patchpoints this ran 3-5x slower for the first thousands of mails.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result Read(ReadOnlyMemory<byte> data, int start, int end, MimeLimits limits, IMimeWarningSink warnings, bool topLevel)
    {
        var span = data.Span;
        var fields = new List<HeaderField>(16);
        var position = start;
        if (topLevel && span[position..end].StartsWith("From "u8))
        {
            warnings.Add("Leading mbox 'From ' line skipped.");
            position = NextLine(span, position, end);
        }
        int nameStart = -1, colon = -1, valueEnd = -1;
        var limitExceeded = false;
        while (position < end)
        {
            var next = NextLine(span, position, end);
            var lineEnd = next > position && span[next - 1] == (byte)'\n' ? next - 1 : next;
            if (lineEnd > position && span[lineEnd - 1] == (byte)'\r') lineEnd--;
            if (lineEnd == position)
            {
                position = next;
                break;
            }
            var first = span[position];
            if (first is (byte)' ' or (byte)'\t')
            {
                if (nameStart >= 0) valueEnd = lineEnd;
                else warnings.Add("Header continuation line without a field; ignored.");
                position = next;
                continue;
            }
            var lineColon = FieldColon(span[position..lineEnd]);
            if (lineColon < 0)
            {
                warnings.Add("Header block ended without a blank line; the rest was read as body.");
                break;
            }
            Flush(data, fields, nameStart, colon, valueEnd, limits, ref limitExceeded);
            nameStart = position;
            colon = position + lineColon;
            valueEnd = lineEnd;
            position = next;
            if (position - start > limits.MaxHeaderBlockBytes && !limitExceeded)
            {
                limitExceeded = true;
                warnings.Add($"Header block larger than {limits.MaxHeaderBlockBytes} bytes; further fields ignored.");
            }
        }
        Flush(data, fields, nameStart, colon, valueEnd, limits, ref limitExceeded);
        return new Result(new HeaderList(fields), Math.Min(position, end), limitExceeded);
    }

    private static void Flush(ReadOnlyMemory<byte> data, List<HeaderField> fields, int nameStart, int colon, int valueEnd, MimeLimits limits, ref bool limitExceeded)
    {
        if (nameStart < 0 || limitExceeded) return;
        var name = NameOf(data.Span[nameStart..colon].TrimEnd(" \t"u8));
        fields.Add(new HeaderField(name, data[(colon + 1)..valueEnd]));
    }

    /// <summary>Index of the colon ending a valid field name, or -1 when the line is no header field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FieldColon(ReadOnlySpan<byte> line)
    {
        var colon = line.IndexOf((byte)':');
        if (colon <= 0) return -1;
        var name = line[..colon].TrimEnd(" \t"u8);
        if (name.IsEmpty || name.ContainsAnyExceptInRange((byte)33, (byte)126)) return -1;
        return colon;
    }

    private static int NextLine(ReadOnlySpan<byte> span, int position, int end)
    {
        var newline = span[position..end].IndexOf((byte)'\n');
        return newline < 0 ? end : position + newline + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string NameOf(ReadOnlySpan<byte> name)
    {
        foreach (var known in KnownNames)
        {
            if (known.Length != name.Length) continue;
            var match = true;
            for (var i = 0; i < name.Length && match; i++) match = known[i] == name[i];
            if (match) return known;
        }
        return Encoding.ASCII.GetString(name);
    }
}
