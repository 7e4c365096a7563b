namespace HappyButtons.Engine.Intake.Classification;

/// <summary>
/// The classifier's verdict. <see cref="Confidence"/> is the lower of the two model confidences
/// after rule adjustments; <see cref="NeedsReview"/> when it falls below the review threshold.
/// </summary>
public sealed record MessageClassification(
    Intent Intent,
    double IntentConfidence,
    Department Department,
    double DepartmentConfidence,
    double Confidence,
    bool NeedsReview,
    IReadOnlyList<string> Reasons);
