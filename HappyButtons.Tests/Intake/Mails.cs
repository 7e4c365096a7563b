using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Intake.Training;

namespace HappyButtons.Tests.Intake;

/// <summary>Test mails and shared, read-only collaborators (the corpus-trained classifier is built once).</summary>
internal static class Mails
{
    /// <summary>Wednesday 12 March 2025, 09:00 in Berlin.</summary>
    public static readonly DateTimeOffset Wednesday = new(2025, 3, 12, 9, 0, 0, TimeSpan.FromHours(1));

    public static InMemoryCustomerDirectory Directory { get; } = DemoCustomers.CreateDirectory();

    public static MessageEnricher Enricher { get; } = new(Directory);

    private static readonly Lazy<MessageClassifier> SharedClassifier = new(() => MessageClassifier.Train(TrainingCorpus.All));

    /// <summary>Trained once per test run; tests that learn must train their own.</summary>
    public static MessageClassifier Classifier => SharedClassifier.Value;

    public static IntakeMessage TestMail(
        string from, string subject, string body, string mailbox = "info", DateTimeOffset? receivedAt = null,
        string? replyTo = null, IReadOnlyList<IntakeAttachment>? attachments = null, params (string Name, string Value)[] headers) =>
        IntakeMessage.Simple(mailbox, from, subject, body, receivedAt ?? Wednesday, MessageHeaders.Of(headers), attachments, replyTo);

    public static MessageEnrichment Enrich(IntakeMessage message) => Enricher.Enrich(message);
}
