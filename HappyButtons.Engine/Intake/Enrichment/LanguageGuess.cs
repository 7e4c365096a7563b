namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>The detected language; <see cref="IsMixed"/> when German and English are both substantial.</summary>
public sealed record LanguageGuess(Language Language, double Confidence, bool IsMixed);
