using System.Buffers;
using System.Runtime.CompilerServices;

namespace HappyButtons.Engine.Mail.Text;

/// <summary>Text is returned with "\n" line breaks: "\r\n" and a lone "\r" both become "\n".</summary>
internal static class LineBreaks
{
    /// <summary>Scratch buffers up to this size are pooled; larger bodies are rare and should not stay pinned in the pool.</summary>
    private const int PooledChars = 256 * 1024;

    public static string Normalize(string text)
    {
        if (!text.Contains('\r')) return text;
        var buffer = Rent(text.Length);
        try
        {
            text.CopyTo(buffer);
            return new string(buffer, 0, Normalize(buffer.AsSpan(0, text.Length)));
        }
        finally
        {
            Return(buffer);
        }
    }

    // Optimised at first call: as tier-0 code with loop patchpoints this ran 3-5x slower for the first thousands of mails.
    /// <summary>Normalises in place, moving text forward over removed "\r"s; returns the new length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Normalize(Span<char> text)
    {
        var position = text.IndexOf('\r');
        if (position < 0) return text.Length;
        var written = position;
        while (true)
        {
            text[written++] = '\n';
            position += position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
            var next = text[position..].IndexOf('\r');
            var end = next < 0 ? text.Length : position + next;
            text[position..end].CopyTo(text[written..]);
            written += end - position;
            if (next < 0) return written;
            position = end;
        }
    }

    public static char[] Rent(int length) => length <= PooledChars ? ArrayPool<char>.Shared.Rent(length) : new char[length];

    public static void Return(char[] buffer)
    {
        if (buffer.Length <= PooledChars) ArrayPool<char>.Shared.Return(buffer);
    }
}
