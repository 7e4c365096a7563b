namespace HappyButtons.Engine.Intake.Classification;

/// <summary>
/// The classifier's verdict. <see cref="Confidence"/> is the lower of the two model confidences
/// after rule adjustments; <see cref="NeedsReview"/> when it falls below the review threshold.
/// </summary>
public sealed record Classification(
    Intent Intent,
    double IntentConfidence,
    Department Department,
    double DepartmentConfidence,
    double Confidence,
    bool NeedsReview,
    IReadOnlyList<string> Reasons);

/// <summary>Raw model output for a text: best labels and their probabilities.</summary>
public sealed record TextPrediction(Intent Intent, double IntentProbability, Department Department, double DepartmentProbability);
