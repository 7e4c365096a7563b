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

    public static List<string> Tokens(string text, int maxTokens = 400)
    {
        var folded = TextFolding.Fold(text);
        var tokens = new List<string>(Math.Min(maxTokens, folded.Length / 5 + 4));
        var start = -1;
        var isNumber = false;
        for (var i = 0; i <= folded.Length && tokens.Count < maxTokens; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            var inWord = char.IsLetterOrDigit(c);
            if (inWord && start < 0)
            {
                start = i;
                isNumber = char.IsDigit(c);
            }
            else if (inWord && isNumber && !char.IsDigit(c))
            {
                isNumber = false;
            }
            else if (!inWord && start >= 0)
            {
                var word = folded[start..i];
                tokens.Add(isNumber ? NumberToken : Stem(word));
                start = -1;
            }
        }
        return tokens;
    }

    public static string Stem(string word)
    {
        if (word.Length <= 4) return word;
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        }
        return word;
    }
}
