using System.Buffers;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// A named list of phrases matched on folded text (see <see cref="TextFolding"/>) at word starts;
/// spaces in a phrase match any run of whitespace. Matches like the regex <c>\b(?:p1|p2|...)</c>
/// with the phrases longest first: the earliest start wins, then the first phrase in that order.
/// </summary>
/// <remarks>
/// Hand-written instead of a regex because a non-backtracking regex with <c>\b</c> and many
/// alternatives costs several µs per KB. Candidate starts are found with a vectorised multi-string
/// search for the phrases' first words. Linear in the text length: a phrase attempt reads at most
/// the phrase's characters plus the whitespace runs between its words.
/// </remarks>
public sealed class PhraseList
{
    private readonly SearchValues<string> _firstWords;
    private readonly Dictionary<char, Pattern[]> _byFirstChar;

    public PhraseList(params string[] phrases)
    {
        Phrases = phrases;
        var patterns = phrases
            .OrderByDescending(p => p.Length)
            .Select(p => new Pattern(TextFolding.Fold(p)))
            .ToList();
        _byFirstChar = patterns.GroupBy(p => p.FirstChar).ToDictionary(g => g.Key, g => g.ToArray());
        _firstWords = SearchValues.Create([.. patterns.Select(p => p.FirstWord).Distinct()], StringComparison.Ordinal);
    }

    public IReadOnlyList<string> Phrases { get; }

    /// <summary>The first matching phrase as written in the text, or null.</summary>
    public string? FirstMatch(string foldedText)
    {
        var (start, length) = Find(foldedText);
        return start < 0 ? null : foldedText.Substring(start, length);
    }

    public bool IsMatch(string foldedText) => Find(foldedText).Start >= 0;

    private (int Start, int Length) Find(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (true)
        {
            var next = text[start..].IndexOfAny(_firstWords);
            if (next < 0) return (-1, 0);
            start += next;
            if (WordBoundary.IsAt(text, start))
            {
                foreach (var pattern in _byFirstChar[text[start]])
                {
                    var length = pattern.MatchLength(text, start);
                    if (length > 0) return (start, length);
                }
            }
            start++;
        }
    }

    /// <summary>One folded phrase split at its spaces; each space stands for a run of whitespace.</summary>
    private sealed class Pattern
    {
        private readonly string[] _words;

        public Pattern(string foldedPhrase)
        {
            _words = foldedPhrase.Split(' ');
            if (foldedPhrase.Length == 0 || _words.Any(w => w.Length == 0 || w.Any(char.IsWhiteSpace)))
                throw new ArgumentException($"Phrase \"{foldedPhrase}\" must be words separated by single spaces.", nameof(foldedPhrase));
        }

        public string FirstWord => _words[0];

        public char FirstChar => _words[0][0];

        /// <summary>The length of the match at <paramref name="start"/>, or 0 when the phrase does not match there.</summary>
        public int MatchLength(ReadOnlySpan<char> text, int start)
        {
            var position = start;
            for (var i = 0; i < _words.Length; i++)
            {
                if (i > 0)
                {
                    var whitespace = text[position..].IndexOfAnyExcept(Whitespace);
                    if (whitespace <= 0) return 0;
                    position += whitespace;
                }
                if (!text[position..].StartsWith(_words[i], StringComparison.Ordinal)) return 0;
                position += _words[i].Length;
            }
            return position - start;
        }
    }

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);
}
