namespace HappyButtons.Engine.Intake.Classification;

/// <summary>A labelled text (subject and authored text) for training or a clerk's correction.</summary>
public sealed record TrainingExample(string Text, Intent Intent, Department Department)
{
    public static TrainingExample From(IntakeMessage message, Intent intent, Department department) =>
        new(MessageClassifier.TextOf(message), intent, department);

    /// <summary>A corpus line "Subject | body" becomes the same text shape as a mail: subject, newline, body.</summary>
    public static TrainingExample FromCorpusLine(string line, Intent intent, Department department)
    {
        var separator = line.IndexOf(" | ", StringComparison.Ordinal);
        var text = separator < 0 ? line : line[..separator] + "\n" + line[(separator + 3)..];
        return new TrainingExample(text, intent, department);
    }
}
