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

    /// <param name="Recovered">MimeKit read fewer bytes than the base64 text holds; <see cref="Bytes"/> has them all.</param>
    /// <param name="Garbage">The base64 text contains characters outside the alphabet (skipped, as every decoder does).</param>
    public readonly record struct Decoded(byte[] Bytes, bool Recovered, bool Garbage = false);

    private static readonly SearchValues<byte> Ignorable = SearchValues.Create("\r\n \t="u8);

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
        var (alphabetChars, garbage) = CountAlphabet(encoded.Span);
        return (long)alphabetChars * 3 / 4 > bytes.Length
            ? new Decoded(DecodePadded(encoded.Span, alphabetChars), true, garbage)
            : new Decoded(bytes, false, garbage);
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

    private static (int Count, bool Garbage) CountAlphabet(ReadOnlySpan<byte> encoded)
    {
        var count = 0;
        var garbage = false;
        while (!encoded.IsEmpty)
        {
            var other = encoded.IndexOfAnyExcept(Alphabet);
            if (other < 0)
            {
                return (count + encoded.Length, garbage);
            }

            count += other;
            var next = encoded[other..].IndexOfAny(Alphabet);
            var gap = next < 0 ? encoded[other..] : encoded.Slice(other, next);
            garbage |= gap.ContainsAnyExcept(Ignorable);
            if (next < 0)
            {
                return (count, garbage);
            }

            encoded = encoded[(other + next)..];
        }

        return (count, garbage);
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
