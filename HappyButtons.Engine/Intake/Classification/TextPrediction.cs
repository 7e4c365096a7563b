namespace HappyButtons.Engine.Intake.Classification;

/// <summary>Raw model output for a text: best labels and their probabilities.</summary>
public sealed record TextPrediction(Intent Intent, double IntentProbability, Department Department, double DepartmentProbability);
