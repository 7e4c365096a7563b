using System.Buffers;
using static HappyButtons.Engine.Intake.Classification.TextNormalizer;

namespace HappyButtons.Engine.Intake.Classification;

/// <summary>
/// Hashed features: word unigrams and bigrams over normalised tokens, and character 3-5-grams of
/// each padded token (robust to typos and compounds like "Knopflieferung"), plus subject-line
/// unigrams as their own features (the first line of the text is the subject). Counts are
/// log-scaled; <see cref="TermWeighting"/> then applies IDF and L2-normalises.
/// </summary>
public static class FeatureExtractor
{
    public const int Bits = 18;
    public const int Dimension = 1 << Bits;
    private const float CharGramWeight = 1f;
    private const float SubjectWeight = 1f;
    private const int MaxTextLength = 3000;
    private const int MaxTokens = 400;
    private const int MaxSubjectTokens = 40;
    private const int MaxCharGramToken = 40;

    // Reused per thread: extraction runs for every mail, and its buffers would otherwise dominate the allocations.
    [ThreadStatic] private static FeatureCounts? _counts;
    [ThreadStatic] private static TokenTally? _words;

    public static SparseVector Extract(string text)
    {
        var source = text.AsSpan(0, Math.Min(text.Length, MaxTextLength));
        var folded = ArrayPool<char>.Shared.Rent(source.Length * TextFolding.MaxExpansion);
        var tokens = ArrayPool<TokenSpan>.Shared.Rent(MaxTokens);
        var counts = _counts ??= new FeatureCounts(Dimension);
        var words = _words ??= new TokenTally(MaxTokens);
        try
        {
            var length = TextFolding.Fold(source, folded);
            var count = Tokenize(folded.AsSpan(0, length), tokens.AsSpan(0, MaxTokens));
            AddFeatures(counts, words, folded.AsSpan(0, length), tokens.AsSpan(0, count));
            var vector = counts.ToVector();
            foreach (ref var value in vector.Values.AsSpan()) value = MathF.Log(1 + value);
            return vector;
        }
        finally
        {
            counts.Clear();
            words.Clear();
            ArrayPool<TokenSpan>.Shared.Return(tokens);
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    private static void AddFeatures(FeatureCounts counts, TokenTally words, ReadOnlySpan<char> folded, ReadOnlySpan<TokenSpan> tokens)
    {
        var subjectTokens = SubjectTokenCount(folded, tokens);
        var previous = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].IsNumber ? NumberToken.AsSpan() : folded.Slice(tokens[i].Start, tokens[i].Length);
            var unigram = Hash(1, token);
            counts.Add(unigram, 1f);
            if (i < subjectTokens) counts.Add(Hash(3, token), SubjectWeight);
            if (i > 0) counts.Add(Hash(2, previous, token), 1f);
            if (token.Length >= 3 && !tokens[i].IsNumber) words.Add(folded, tokens[i].Start, tokens[i].Length, unigram);
            previous = token;
        }
        // Once per distinct word, weighted by its occurrences: the weights are 1, so the sums are the same whole numbers.
        for (var i = 0; i < words.Count; i++)
        {
            var (start, length, occurrences) = words[i];
            AddCharGrams(counts, folded.Slice(start, length), occurrences * CharGramWeight);
        }
    }

    /// <summary>How many tokens the subject (the text before the first line break) has, at most 40; 0 without a line break.</summary>
    private static int SubjectTokenCount(ReadOnlySpan<char> folded, ReadOnlySpan<TokenSpan> tokens)
    {
        var subjectEnd = folded.IndexOf('\n');
        if (subjectEnd < 0) return 0;
        var count = 0;
        while (count < tokens.Length && count < MaxSubjectTokens && tokens[count].Start < subjectEnd) count++;
        return count;
    }

    private static void AddCharGrams(FeatureCounts counts, ReadOnlySpan<char> token, float weight)
    {
        Span<char> padded = stackalloc char[Math.Min(token.Length, MaxCharGramToken) + 2];
        padded[0] = '_';
        token[..(padded.Length - 2)].CopyTo(padded[1..]);
        padded[^1] = '_';
        for (var n = 3; n <= 5; n++)
            for (var start = 0; start + n <= padded.Length; start++)
                counts.Add(Hash(n + 10, padded.Slice(start, n)), weight);
    }

    private static int Hash(int kind, ReadOnlySpan<char> text, ReadOnlySpan<char> second = default)
    {
        unchecked
        {
            var hash = 2166136261u ^ (uint)kind * 16777619u;
            foreach (var c in text) hash = (hash ^ c) * 16777619u;
            if (!second.IsEmpty)
            {
                hash = (hash ^ ' ') * 16777619u;
                foreach (var c in second) hash = (hash ^ c) * 16777619u;
            }
            hash ^= hash >> 15;
            return (int)(hash & (Dimension - 1));
        }
    }
}
