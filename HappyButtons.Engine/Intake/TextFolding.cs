using System.Buffers;
using System.Text;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// German-aware case and umlaut folding so "Bandstillstand", "BANDSTILLSTAND" and "Büro"/"Buero"
/// match the same phrase: lower-case, ä->ae, ö->oe, ü->ue, ß->ss, accents dropped.
/// </summary>
public static class TextFolding
{
    /// <summary>The most characters one input character folds to ("ä" -> "ae").</summary>
    public const int MaxExpansion = 2;

    public static string Fold(string text)
    {
        // Plain ASCII folds to its lower case, which the runtime does vectorised.
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();

        var rented = ArrayPool<char>.Shared.Rent(text.Length * MaxExpansion);
        try
        {
            var written = Fold(text, rented);
            return new string(rented, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/>, which holds at least <see cref="MaxExpansion"/> chars per input char; returns the chars written.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        while (!text.IsEmpty)
        {
            var nonAscii = text.IndexOfAnyExceptInRange('\0', '\x7f');
            var asciiRun = nonAscii < 0 ? text.Length : nonAscii;
            Ascii.ToLower(text[..asciiRun], destination[written..], out var lowered);
            written += lowered;
            if (nonAscii < 0) break;
            written += FoldChar(text[nonAscii], destination[written..]);
            text = text[(nonAscii + 1)..];
        }
        return written;
    }

    // Lower-casing outside ASCII goes through ICU and is slow; the Latin letters of European mail are looked up.
    private const char LatinEnd = '\u0300';
    private static readonly string[] LatinFolds = [.. Enumerable.Range(128, LatinEnd - 128).Select(c => FoldSlow((char)c))];

    private static int FoldChar(char raw, Span<char> destination)
    {
        if (raw >= LatinEnd) return FoldSlow(raw, destination);
        var folded = LatinFolds[raw - 128];
        folded.CopyTo(destination);
        return folded.Length;
    }

    private static string FoldSlow(char raw)
    {
        Span<char> folded = stackalloc char[MaxExpansion];
        return new string(folded[..FoldSlow(raw, folded)]);
    }

    private static int FoldSlow(char raw, Span<char> destination)
    {
        var c = char.ToLowerInvariant(raw);
        switch (c)
        {
            case 'ä': return Write(destination, 'a', 'e');
            case 'ö': return Write(destination, 'o', 'e');
            case 'ü': return Write(destination, 'u', 'e');
            case 'ß': return Write(destination, 's', 's');
            case 'é' or 'è' or 'ê' or 'ë': return Write(destination, 'e');
            case 'á' or 'à' or 'â': return Write(destination, 'a');
            case 'ó' or 'ò' or 'ô': return Write(destination, 'o');
            case 'í' or 'ì' or 'î' or 'ï': return Write(destination, 'i');
            case 'ú' or 'ù' or 'û': return Write(destination, 'u');
            case 'ç': return Write(destination, 'c');
            case '\u00A0': return Write(destination, ' ');
            default: return Write(destination, c);
        }
    }

    private static int Write(Span<char> destination, char c)
    {
        destination[0] = c;
        return 1;
    }

    private static int Write(Span<char> destination, char first, char second)
    {
        destination[0] = first;
        destination[1] = second;
        return 2;
    }
}
