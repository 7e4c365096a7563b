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

    public static SparseVector Extract(string text)
    {
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        var subjectEnd = text.IndexOf('\n');
        var subjectTokens = subjectEnd < 0 ? 0 : TextNormalizer.Tokens(text[..subjectEnd], 40).Count;
        var tokens = TextNormalizer.Tokens(text);
        var counts = new Dictionary<int, float>(tokens.Count * 8);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            Add(counts, Hash(1, token), 1f);
            if (i < subjectTokens) Add(counts, Hash(3, token), SubjectWeight);
            if (i > 0) Add(counts, Hash(2, tokens[i - 1], token), 1f);
            if (token.Length >= 3 && token != TextNormalizer.NumberToken) AddCharGrams(counts, token);
        }
        return ToVector(counts);
    }

    private static void AddCharGrams(Dictionary<int, float> counts, string token)
    {
        Span<char> padded = stackalloc char[Math.Min(token.Length, 40) + 2];
        padded[0] = '_';
        token.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = '_';
        for (var n = 3; n <= 5; n++)
            for (var start = 0; start + n <= padded.Length; start++)
                Add(counts, Hash(n + 10, padded.Slice(start, n)), CharGramWeight);
    }

    private static void Add(Dictionary<int, float> counts, int index, float weight)
    {
        counts[index] = counts.GetValueOrDefault(index) + weight;
    }

    private static SparseVector ToVector(Dictionary<int, float> counts)
    {
        var indices = new int[counts.Count];
        var values = new float[counts.Count];
        var k = 0;
        foreach (var (index, count) in counts)
        {
            indices[k] = index;
            values[k++] = MathF.Log(1 + count);
        }
        Array.Sort(indices, values);
        return new SparseVector(indices, values);
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

    private static int Hash(int kind, string first, string second) => Hash(kind, first.AsSpan(), second.AsSpan());

    private static int Hash(int kind, string text) => Hash(kind, text.AsSpan());
}
