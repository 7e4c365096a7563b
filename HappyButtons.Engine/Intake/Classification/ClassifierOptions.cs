namespace HappyButtons.Engine.Intake.Classification;

/// <summary>Tuning of the classifier; the defaults are what the accuracy gate was measured with.</summary>
public sealed record ClassifierOptions
{
    /// <summary>Below this confidence a mail is marked needs_review.</summary>
    public double ReviewThreshold { get; init; } = 0.5;
    /// <summary>Fewer authored words than this counts as low information.</summary>
    public int MinimumWords { get; init; } = 4;
    public int Epochs { get; init; } = 12;
    public float LearningRate { get; init; } = 3.0f;
    public int Seed { get; init; } = 17;
}
