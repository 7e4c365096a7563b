using System.Numerics;

namespace HappyButtons.Engine.Intake.Classification;

/// <summary>
/// Multinomial logistic regression over hashed sparse features, trained by SGD. Chosen over naive
/// Bayes for better-calibrated probabilities; supports incremental updates for online learning.
/// Predictions may run concurrently with an update (benign races on float weights).
/// </summary>
public sealed class SoftmaxModel
{
    private readonly int _classes;
    private readonly float[] _weights;
    private readonly float[] _bias;

    public SoftmaxModel(int classes)
    {
        _classes = classes;
        _weights = new float[(long)FeatureExtractor.Dimension * classes];
        _bias = new float[classes];
    }

    public int Classes => _classes;

    /// <summary>
    /// SGD over shuffled epochs with averaged weights (Polyak averaging, lazily via a second
    /// accumulator), which generalises better than the last iterate on a small corpus.
    /// </summary>
    public void Train(IReadOnlyList<(SparseVector Features, int Label)> examples, int epochs = 8, float learningRate = 3.0f, int seed = 17)
    {
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var accumulated = new float[_weights.Length];
        var accumulatedBias = new float[_classes];
        var tick = 1f;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = learningRate / (1 + epoch * 0.3f);
            foreach (var i in order)
            {
                Update(examples[i].Features, examples[i].Label, rate, accumulated, accumulatedBias, tick);
                tick++;
            }
        }
        for (var k = 0; k < _weights.Length; k++) _weights[k] -= accumulated[k] / tick;
        for (var c = 0; c < _classes; c++) _bias[c] -= accumulatedBias[c] / tick;
    }

    /// <summary>One gradient step on the cross-entropy loss of a single example.</summary>
    public void Update(SparseVector features, int label, float rate) => Update(features, label, rate, null, null, 0);

    private void Update(SparseVector features, int label, float rate, float[]? accumulated, float[]? accumulatedBias, float tick)
    {
        var probabilities = Predict(features);
        Span<float> steps = stackalloc float[_classes];
        for (var c = 0; c < _classes; c++)
        {
            steps[c] = rate * ((c == label ? 1f : 0f) - probabilities[c]);
            _bias[c] += steps[c] * 0.1f;
            if (accumulatedBias is not null) accumulatedBias[c] += tick * steps[c] * 0.1f;
        }
        // Feature-major: the weights of one feature for all classes share a cache line.
        for (var k = 0; k < features.Indices.Length; k++)
        {
            var offset = (long)features.Indices[k] * _classes;
            var value = features.Values[k];
            for (var c = 0; c < _classes; c++)
            {
                var delta = steps[c] * value;
                _weights[offset + c] += delta;
                if (accumulated is not null) accumulated[offset + c] += tick * delta;
            }
        }
    }

    public float[] Predict(SparseVector features)
    {
        var scores = new float[_classes];
        Array.Copy(_bias, scores, _classes);
        var weights = _weights.AsSpan();
        for (var k = 0; k < features.Indices.Length; k++)
        {
            var row = weights.Slice(features.Indices[k] * _classes, _classes);
            var value = features.Values[k];
            // Several classes per instruction; each score still adds weight * value in feature order, as the scalar loop did.
            var c = 0;
            for (; c + Vector<float>.Count <= _classes; c += Vector<float>.Count)
                (new Vector<float>(scores.AsSpan(c)) + new Vector<float>(row[c..]) * value).CopyTo(scores.AsSpan(c));
            for (; c < _classes; c++) scores[c] += row[c] * value;
        }
        var max = scores.Max();
        float sum = 0;
        for (var c = 0; c < _classes; c++) sum += scores[c] = MathF.Exp(scores[c] - max);
        for (var c = 0; c < _classes; c++) scores[c] /= sum;
        return scores;
    }
}
