namespace HappyButtons.Engine.Intake;

/// <summary>Message statuses exactly as the API names them.</summary>
public static class MessageStatus
{
    public const string Received = "received";
    public const string Processing = "processing";
    public const string Processed = "processed";
    public const string NeedsReview = "needs_review";
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Received, Processing, Processed, NeedsReview, Failed];
}
