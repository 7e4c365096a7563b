using System.Buffers;
using System.Buffers.Text;
using MimeKit;
using MimeKit.IO;

namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// The decoded bytes of a MimeKit part. MimeKit's base64 decoder drops a final group that lacks its '=' padding
/// ("SGVsbG8gV29ybGQ" gives 9 bytes, not 11); the encoded text is counted here, and when it holds more than MimeKit
/// returned, it is decoded again with the padding added and <see cref="Decoded.Recovered"/> says so.
/// </summary>
internal static class PartContent
{
    private static readonly SearchValues<byte> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"u8);

    public readonly record struct Decoded(byte[] Bytes, bool Recovered);

    public static Decoded Read(MimePart part)
    {
        if (part.Content is not { } content)
        {
            return new Decoded([], false);
        }

        using var output = new MemoryStream();
        content.DecodeTo(output);
        var bytes = output.ToArray();
        if (content.Encoding != ContentEncoding.Base64 || content.Stream is null)
        {
            return new Decoded(bytes, false);
        }

        var encoded = Encoded(content.Stream);
        var alphabetChars = CountAlphabet(encoded.Span);
        return (long)alphabetChars * 3 / 4 > bytes.Length ? new Decoded(DecodePadded(encoded.Span, alphabetChars), true) : new Decoded(bytes, false);
    }

    /// <summary>The still-encoded content: a slice of the parsed buffer when MimeKit kept a window on it (persistent parsing), else a copy.</summary>
    private static ReadOnlyMemory<byte> Encoded(Stream stream)
    {
        if (stream is BoundStream { BaseStream: MemoryStream memory } bound && bound.EndBoundary >= bound.StartBoundary
            && memory.TryGetBuffer(out var buffer) && bound.EndBoundary <= buffer.Count)
        {
            return buffer.AsMemory((int)bound.StartBoundary, (int)(bound.EndBoundary - bound.StartBoundary));
        }

        stream.Position = 0;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static int CountAlphabet(ReadOnlySpan<byte> encoded)
    {
        var count = 0;
        while (!encoded.IsEmpty)
        {
            var other = encoded.IndexOfAnyExcept(Alphabet);
            if (other < 0)
            {
                return count + encoded.Length;
            }

            count += other;
            var next = encoded[(other + 1)..].IndexOfAny(Alphabet);
            if (next < 0)
            {
                return count;
            }

            encoded = encoded[(other + 1 + next)..];
        }

        return count;
    }

    private static byte[] DecodePadded(ReadOnlySpan<byte> encoded, int alphabetChars)
    {
        // A single character left over carries 6 bits, less than a byte: it is dropped, as every decoder does.
        var usable = alphabetChars % 4 == 1 ? alphabetChars - 1 : alphabetChars;
        var text = new byte[(usable + 3) / 4 * 4];
        var written = 0;
        foreach (var b in encoded)
        {
            if (written == usable) break;
            if (Alphabet.Contains(b)) text[written++] = b;
        }

        text.AsSpan(written).Fill((byte)'=');
        var decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        Base64.DecodeFromUtf8(text, decoded, out _, out var length);
        return decoded[..length];
    }
}
