namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Bounds that keep one hostile message from exhausting a worker. Exceeding one never throws:
/// the parser keeps what it read so far and sets <see cref="MimeMessage.LimitExceeded"/>.
/// </summary>
public sealed record MimeLimits
{
    public static readonly MimeLimits Default = new();

    public int MaxMessageBytes { get; init; } = 50 * 1024 * 1024;
    public int MaxDepth { get; init; } = 32;
    public int MaxParts { get; init; } = 1000;
    public int MaxHeaderBlockBytes { get; init; } = 1024 * 1024;

    /// <summary>Body text analysed for <see cref="MimeMessage.BodyText"/>; a 40 MB log pasted into a mail should not stall a worker.</summary>
    public int MaxBodyTextChars { get; init; } = 1_000_000;
}
