using System.Numerics;

namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>
/// German / English / other from stopwords plus a few distinctive character trigrams, so even a
/// one-line mail ("Bitte um Rückruf", "Please call back") is placed. French, Dutch, Spanish and
/// Italian stopwords exist only to recognise "other".
/// </summary>
public static class LanguageDetector
{
    [Flags]
    private enum Stopword { None = 0, German = 1, English = 2, Other = 4 }

    private const int MaxWords = 400;
    private const int MaxUmlautChars = 4000;
    private const double StopwordPoints = 1;
    private const double GramPoints = 0.15;
    private const double UmlautPoints = 0.5;

    private static readonly Dictionary<string, Stopword>.AlternateLookup<ReadOnlySpan<char>> Stopwords = StopwordTable(
        (Stopword.German, "der die das und ist nicht ich sie wir ein eine einen mit fuer auf den dem des im in zu bitte danke "
            + "sehr geehrte geehrter damen herren gruessen gruss freundlichen hallo guten tag von bei wie auch noch "
            + "haben hat wird werden koennen koennten sind war es uns ihr ihre ihnen unsere unser mir mich wurde "
            + "oder aber wenn dass nach ueber schon heute morgen diese dieser leider gerne bis anbei liebe lieber"),
        (Stopword.English, "the and is are not you we a with for on to of please thanks thank dear regards best kind hello hi "
            + "from at how have has will would could be it us our your yours my me this that these "
            + "or but if after about already today tomorrow unfortunately attached find sincerely can do does"),
        (Stopword.Other, "le la les et est une pour avec nous vous bonjour merci cordialement "
            + "het een en niet wij zijn voor met bedankt groeten "
            + "el los las que por para con gracias saludos il gli che per grazie buongiorno"));

    private static readonly LetterGroups GermanGroups = new("sch", "ung", "ich", "cht", "eit", "ein", "gen", "ue", "ae", "oe", "ss");
    private static readonly LetterGroups EnglishGroups = new("th", "ing", "tion", "wh", "ould", "ee", "oo");

    public static LanguageGuess Detect(string text) => Detect(text, TextFolding.Fold(text));

    /// <summary>The same guess as <see cref="Detect(string)"/>, for callers that have folded the text already.</summary>
    /// <param name="text">The mail text.</param>
    /// <param name="foldedText"><see cref="TextFolding.Fold(string)"/> of <paramref name="text"/>.</param>
    public static LanguageGuess Detect(string text, string foldedText)
    {
        double de = 0, en = 0, other = 0;
        var words = 0;
        var position = 0;
        // Folding turns letters into letters and nothing else into one, so the folded text holds the text's words, folded.
        while (words < MaxWords && NextWord(foldedText, ref position) is var (start, length) && length > 0)
        {
            words++;
            var word = foldedText.AsSpan(start, length);
            var stopword = Stopwords.TryGetValue(word, out var kinds) ? kinds : Stopword.None;
            if (stopword.HasFlag(Stopword.German)) de += StopwordPoints;
            if (stopword.HasFlag(Stopword.English)) en += StopwordPoints;
            if (stopword.HasFlag(Stopword.Other)) other += StopwordPoints;
            if (word.Length >= 4)
            {
                // Points are added one at a time, as they always were, so confidences stay bit-identical.
                for (var i = GermanGroups.CountIn(word); i > 0; i--) de += GramPoints;
                for (var i = EnglishGroups.CountIn(word); i > 0; i--) en += GramPoints;
            }
        }
        for (var i = CountUmlauts(text.AsSpan(0, Math.Min(text.Length, MaxUmlautChars))); i > 0; i--) de += UmlautPoints;

        var total = de + en + other;
        if (total < 0.5) return new LanguageGuess(Language.Other, 0, false);
        if (other > de && other > en) return new LanguageGuess(Language.Other, other / total, false);

        var (language, best, second) = de >= en ? (Language.De, de, en) : (Language.En, en, de);
        var mixed = second >= 2 && second / (best + second) >= 0.3;
        return new LanguageGuess(language, best / total, mixed);
    }

    /// <summary>The next run of letters from <paramref name="position"/>, which moves past it; length 0 when none is left.</summary>
    private static (int Start, int Length) NextWord(string text, ref int position)
    {
        var start = position;
        while (start < text.Length && !IsLetter(text[start])) start++;
        var end = start;
        while (end < text.Length && IsLetter(text[end])) end++;
        position = end;
        return (start, end - start);
    }

    private static int CountUmlauts(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var at = text.IndexOfAnyExceptInRange('\0', '\x7f'); at >= 0; at = text.IndexOfAnyExceptInRange('\0', '\x7f'))
        {
            if (text[at] is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü') count++;
            text = text[(at + 1)..];
        }
        return count;
    }

    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c >= 128 && char.IsLetter(c));

    private static Dictionary<string, Stopword>.AlternateLookup<ReadOnlySpan<char>> StopwordTable(params (Stopword Kind, string Words)[] lists)
    {
        var table = new Dictionary<string, Stopword>(StringComparer.Ordinal);
        foreach (var (kind, words) in lists)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                table[word] = table.GetValueOrDefault(word) | kind;
        }
        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Distinctive letter groups; <see cref="CountIn"/> counts how many of them occur in a folded word.</summary>
    private sealed class LetterGroups
    {
        private readonly string[] _groups;
        private readonly int[]?[] _byFirstLetter = new int[]?[128];

        public LetterGroups(params string[] groups)
        {
            _groups = groups;
            foreach (var first in groups.Select(g => g[0]).Distinct())
                _byFirstLetter[first] = [.. Enumerable.Range(0, groups.Length).Where(i => groups[i][0] == first)];
        }

        public int CountIn(ReadOnlySpan<char> word)
        {
            var found = 0u;
            for (var i = 0; i < word.Length; i++)
            {
                if (word[i] >= 128 || _byFirstLetter[word[i]] is not { } candidates) continue;
                foreach (var group in candidates)
                {
                    if (word[i..].StartsWith(_groups[group], StringComparison.Ordinal)) found |= 1u << group;
                }
            }
            return BitOperations.PopCount(found);
        }
    }
}
