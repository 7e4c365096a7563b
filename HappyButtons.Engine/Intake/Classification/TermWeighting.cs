namespace HappyButtons.Engine.Intake.Classification;

/// <summary>
/// Inverse document frequency per hashed feature, fitted on the training corpus: greetings and
/// closings that every mail shares weigh little, distinctive words weigh more. Applying it also
/// L2-normalises, so long ERP mails do not dominate short ones.
/// </summary>
public sealed class TermWeighting
{
    private readonly float[] _idf;

    private TermWeighting(float[] idf) => _idf = idf;

    public static TermWeighting Fit(IReadOnlyList<SparseVector> documents)
    {
        var documentFrequency = new int[FeatureExtractor.Dimension];
        foreach (var document in documents)
            foreach (var index in document.Indices) documentFrequency[index]++;
        var idf = new float[FeatureExtractor.Dimension];
        var n = documents.Count;
        for (var i = 0; i < idf.Length; i++)
            idf[i] = MathF.Log((n + 1f) / (documentFrequency[i] + 1f)) + 1f;
        return new TermWeighting(idf);
    }

    public SparseVector Apply(SparseVector raw)
    {
        var values = new float[raw.Values.Length];
        double norm = 0;
        for (var k = 0; k < values.Length; k++)
        {
            var value = raw.Values[k] * _idf[raw.Indices[k]];
            values[k] = value;
            norm += value * value;
        }
        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var k = 0; k < values.Length; k++) values[k] *= scale;
        }
        return new SparseVector(raw.Indices, values);
    }
}
