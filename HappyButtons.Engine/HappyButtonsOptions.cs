namespace HappyButtons.Engine;

/// <summary>Root options under the <c>HappyButtons</c> configuration section.</summary>
public sealed class HappyButtonsOptions
{
    public const string Section = "HappyButtons";

    /// <summary>Holds the database, raw mail, Data Protection keys, Maildir mailboxes and the outbox.
    /// Relative paths are resolved against the content root.</summary>
    public string DataDirectory { get; set; } = "data";
}
