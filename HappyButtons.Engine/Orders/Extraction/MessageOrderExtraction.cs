using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>The extraction of one stored message, with the customer intake recognised (null: unknown sender).</summary>
public sealed record MessageExtraction(long MessageId, string? CustomerNumber, PurchaseOrderExtraction Order);

/// <summary>
/// Reads the purchase order of a stored message: its new text (quoted history left out), subject and PDF attachments
/// from the raw store, against the catalog as its customer sees it (their aliases and prices). Nothing is stored: the
/// reading is repeatable and cheap, and a corrected alias or price shows at the next reading.
/// </summary>
public sealed class MessageOrderExtraction(MessageQueries messages, RawMailStore raw, CatalogStore catalog, PurchaseOrderExtractor extractor)
{
    /// <summary>Intents whose mail can carry an order; any other classified mail gives no lines.</summary>
    private static readonly HashSet<string> OrderIntents = ["order"];

    public async Task<MessageExtraction?> ExtractAsync(long messageId, CancellationToken cancellationToken)
    {
        var message = await messages.GetAsync(messageId, cancellationToken);
        if (message is null)
        {
            return null;
        }

        var customer = message.Intake?.CustomerNumber;
        if (message.Intake?.Intent is { } intent && !OrderIntents.Contains(intent))
        {
            return new MessageExtraction(messageId, customer, PurchaseOrderExtraction.Empty(
                new ExtractionWarning(ExtractionWarningCode.NotAnOrder, null, $"The mail was classified as {intent}, not as an order; no lines were read.")));
        }

        var pdfs = new List<PdfAttachment>();
        foreach (var attachment in message.Attachments.Where(a => !a.IsInline && IsPdf(a)))
        {
            // Only PDFs whose text processing could read within its limits (size, pages, decompression budget) are opened again.
            if (attachment.TextStatus != "extracted")
            {
                pdfs.Add(new PdfAttachment(attachment.FileName, null, attachment.TextNote ?? "its text could not be read when the mail was processed"));
            }
            else if (!raw.Exists(attachment.ContentHash))
            {
                pdfs.Add(new PdfAttachment(attachment.FileName, null, "its stored file is missing"));
            }
            else
            {
                pdfs.Add(new PdfAttachment(attachment.FileName, await raw.ReadAllAsync(attachment.ContentHash, cancellationToken)));
            }
        }

        var snapshot = await catalog.SnapshotAsync(customer, cancellationToken);
        // The whole text, quoted history included: the extractor reads the quote only when the mail's own words and PDFs
        // order nothing (a forwarded order), and never beside them (a reply above our quoted offer).
        var text = message.BodyText;
        var receivedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(message.ReceivedAt, Berlin).DateTime);
        var order = extractor.Extract(new PurchaseOrderInput(message.Subject, text, pdfs, receivedOn), snapshot);
        return new MessageExtraction(messageId, customer, order);
    }

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static bool IsPdf(AttachmentInfo attachment) =>
        attachment.ContentType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase)
        || attachment.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>The purchase-order extraction with its options (<c>HappyButtons:Orders:PriceTolerancePercent</c>).</summary>
    public static IServiceCollection AddPurchaseOrderExtraction(this IServiceCollection services)
    {
        services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.Section)
            .Validate(o => o.PriceTolerancePercent is >= 0 and <= 100, "HappyButtons:Orders:PriceTolerancePercent must be between 0 and 100.")
            .ValidateOnStart();
        services.AddSingleton<PurchaseOrderExtractor>();
        services.AddSingleton<MessageOrderExtraction>();
        return services;
    }
}
