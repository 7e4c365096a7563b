namespace HappyButtons.Engine.Intake.Classification;

/// <summary>Held-out accuracy of the classifier and its most frequent confusions.</summary>
public sealed record ClassifierEvaluation(
    int TrainCount,
    int TestCount,
    double IntentAccuracy,
    double DepartmentAccuracy,
    IReadOnlyList<(Intent Expected, Intent Predicted, int Count)> IntentConfusions,
    IReadOnlyList<(TrainingExample Example, Intent Predicted)> Misclassified)
{
    /// <summary>
    /// Deterministic stratified split: per intent, examples are shuffled with a fixed seed and every
    /// fifth (testShare 0.2) goes to the test set; the classifier is trained on the rest.
    /// </summary>
    public static ClassifierEvaluation Run(IReadOnlyList<TrainingExample> corpus, double testShare = 0.2, int seed = 42, ClassifierOptions? options = null)
    {
        var train = new List<TrainingExample>();
        var test = new List<TrainingExample>();
        var random = new Random(seed);
        foreach (var group in corpus.GroupBy(e => e.Intent).OrderBy(g => g.Key))
        {
            var items = group.ToArray();
            random.Shuffle(items);
            var testCount = (int)Math.Round(items.Length * testShare);
            test.AddRange(items.Take(testCount));
            train.AddRange(items.Skip(testCount));
        }

        var classifier = MessageClassifier.Train(train, options: options);
        int intentHits = 0, departmentHits = 0;
        var confusions = new Dictionary<(Intent, Intent), int>();
        var misses = new List<(TrainingExample, Intent)>();
        foreach (var example in test)
        {
            var prediction = classifier.Predict(example.Text);
            if (prediction.Intent == example.Intent) intentHits++;
            else
            {
                confusions[(example.Intent, prediction.Intent)] = confusions.GetValueOrDefault((example.Intent, prediction.Intent)) + 1;
                misses.Add((example, prediction.Intent));
            }
            if (prediction.Department == example.Department) departmentHits++;
        }
        return new ClassifierEvaluation(
            train.Count, test.Count,
            (double)intentHits / test.Count, (double)departmentHits / test.Count,
            confusions.OrderByDescending(p => p.Value).Select(p => (p.Key.Item1, p.Key.Item2, p.Value)).ToList(),
            misses);
    }
}
