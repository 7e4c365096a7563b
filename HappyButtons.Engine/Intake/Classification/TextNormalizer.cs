namespace HappyButtons.Engine.Intake.Classification;

/// <summary>
/// Turns mail text into classifier tokens: folded (lower-case, ä->ae, ß->ss), numbers collapsed to
/// "0", and common German/English inflection suffixes stripped so "Lieferungen"/"Lieferung" and
/// "ordered"/"ordering" share a stem.
/// </summary>
public static class TextNormalizer
{
    public const string NumberToken = "0";

    // Longest first; a stem keeps at least four letters.
    private static readonly string[] Suffixes =
    [
        "ungen", "heiten", "keiten", "ingly", "ation", "ungs", "ung", "heit", "keit", "lich", "isch", "ing", "ern",
        "en", "er", "es", "em", "ed", "ly", "e", "n", "s",
    ];

    // The suffixes by last letter, in the order above: only those can end a word that ends in that letter.
    private static readonly string[]?[] SuffixesByLastLetter = [.. Enumerable.Range(0, 128)
        .Select(c => Suffixes.Where(s => s[^1] == c).ToArray())
        .Select(suffixes => suffixes.Length == 0 ? null : suffixes)];

    public static List<string> Tokens(string text, int maxTokens = 400)
    {
        var folded = TextFolding.Fold(text);
        var spans = new TokenSpan[Math.Min(maxTokens, folded.Length / 2 + 1)];
        var count = Tokenize(folded, spans);
        var tokens = new List<string>(count);
        foreach (var token in spans.AsSpan(0, count))
            tokens.Add(token.IsNumber ? NumberToken : folded.Substring(token.Start, token.Length));
        return tokens;
    }

    /// <summary>
    /// How many tokens <see cref="Tokens"/> would return, without folding or allocating: folding keeps
    /// letters letters and digits digits, so the raw text has the same word and number boundaries.
    /// </summary>
    public static int CountTokens(string text, int maxTokens)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (count >= maxTokens) break;
            var isWordChar = IsWordChar(c);
            if (isWordChar && !inWord) count++;
            inWord = isWordChar;
        }
        return count;
    }

    public static string Stem(string word) => word[..StemLength(word)];

    /// <summary>A token as a slice of the folded text: the stem of a word, or a number (which stands for <see cref="NumberToken"/>).</summary>
    internal readonly record struct TokenSpan(int Start, int Length, bool IsNumber);

    /// <summary>Splits folded text into tokens, at most as many as <paramref name="tokens"/> holds; returns how many.</summary>
    internal static int Tokenize(ReadOnlySpan<char> folded, Span<TokenSpan> tokens)
    {
        var count = 0;
        var i = 0;
        while (count < tokens.Length)
        {
            while (i < folded.Length && !IsWordChar(folded[i])) i++;
            if (i == folded.Length) break;
            var start = i;
            var isNumber = true;
            for (; i < folded.Length && IsWordChar(folded[i]); i++) isNumber &= char.IsDigit(folded[i]);
            tokens[count++] = isNumber
                ? new TokenSpan(start, i - start, true)
                : new TokenSpan(start, StemLength(folded[start..i]), false);
        }
        return count;
    }

    private static int StemLength(ReadOnlySpan<char> word)
    {
        if (word.Length <= 4 || word[^1] >= 128 || SuffixesByLastLetter[word[^1]] is not { } suffixes) return word.Length;
        foreach (var suffix in suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word.Length - suffix.Length;
        }
        return word.Length;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c >= 128 && char.IsLetterOrDigit(c));
}
