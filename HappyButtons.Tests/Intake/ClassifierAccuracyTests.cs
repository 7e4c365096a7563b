using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Training;
using Xunit.Abstractions;

namespace HappyButtons.Tests.Intake;

public sealed class ClassifierAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_HasAtLeastFortyExamplesPerIntent_AndSixHundredInTotal()
    {
        var counts = TrainingCorpus.All.GroupBy(e => e.Intent).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(TrainingCorpus.All.Count >= 600, $"corpus has {TrainingCorpus.All.Count} examples");
        foreach (var intent in Enum.GetValues<Intent>())
            Assert.True(counts.GetValueOrDefault(intent) >= 40, $"{intent.ToApiName()} has {counts.GetValueOrDefault(intent)} examples");
    }

    [Fact]
    public void HeldOutAccuracy_MeetsTheGoals_OnTheShippedCorpus()
    {
        var evaluation = ClassifierEvaluation.Run(TrainingCorpus.All);

        output.WriteLine($"train {evaluation.TrainCount}, test {evaluation.TestCount}, intent {evaluation.IntentAccuracy:P1}, department {evaluation.DepartmentAccuracy:P1}");
        foreach (var (expected, predicted, count) in evaluation.IntentConfusions)
            output.WriteLine($"  {expected.ToApiName()} -> {predicted.ToApiName()}: {count}");
        foreach (var (example, predicted) in evaluation.Misclassified)
            output.WriteLine($"  [{example.Intent.ToApiName()} as {predicted.ToApiName()}] {example.Text[..Math.Min(90, example.Text.Length)]}");
        Assert.True(evaluation.DepartmentAccuracy >= 0.95, $"department accuracy {evaluation.DepartmentAccuracy:P1} < 95 %");
        Assert.True(evaluation.IntentAccuracy >= 0.90, $"intent accuracy {evaluation.IntentAccuracy:P1} < 90 %");
    }
}
