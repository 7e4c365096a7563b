using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Orders.Extraction;

namespace HappyButtons.Engine.Orders;

/// <summary>
/// One line as the clerk approved it: our SKU and the quantity, the customer's own article number as read (or typed), and
/// whether that number is to mean this SKU from now on.
/// </summary>
public sealed record ReviewedLine(string Sku, long Quantity, string? CustomerCode = null, bool LearnAlias = false);

/// <summary>A purchase order as the clerk approved it, from the mail it came in (null: typed without one).</summary>
public sealed record ReviewedOrder(string CustomerNumber, string? PoNumber, IReadOnlyList<ReviewedLine> Lines, DateOnly? RequestedDeliveryDate = null,
    long? SourceMessageId = null, long? ConversationId = null);

/// <summary>An alias learnt (or refused, with why) while the order was saved.</summary>
public sealed record LearntAlias(string Code, string Sku, AliasResult Result);

public sealed record ReviewedOrderResult(CreateOrderResult Order, IReadOnlyList<LearntAlias> Aliases);

/// <summary>
/// Turns a purchase order read from a mail into an order once a clerk has checked it, and learns from the clerk's
/// corrections: where the clerk chose another product for the customer's own article number than the reading found (or
/// the reading found none), that number is stored as the customer's alias (<see cref="ProductAliasBook.LearnAsync"/>,
/// source <c>correction</c>), so the next purchase order with it is read right.
/// </summary>
public sealed class PurchaseOrderIntake(OrderService orders, ProductAliasBook aliases)
{
    /// <summary>
    /// The customer's article number to offer learning for, when the clerk chose <paramref name="chosenSku"/> for
    /// <paramref name="line"/>: the line has a customer's number that is not one of our SKUs, and the clerk's product is not
    /// the one the reading found. Null: nothing to learn.
    /// </summary>
    public static string? AliasToOffer(string? customerCode, string? extractedSku, string? chosenSku)
    {
        if (string.IsNullOrWhiteSpace(customerCode) || string.IsNullOrWhiteSpace(chosenSku))
        {
            return null;
        }

        var code = ProductAliasBook.NormalizeCode(customerCode);
        var chosen = ProductRules.NormalizeSku(chosenSku);
        return code == chosen || string.Equals(extractedSku, chosen, StringComparison.OrdinalIgnoreCase) ? null : code;
    }

    /// <inheritdoc cref="AliasToOffer(string?, string?, string?)"/>
    public static string? AliasToOffer(ExtractedLine line, string? chosenSku) => AliasToOffer(line.CustomerCode, line.Sku, chosenSku);

    /// <summary>Creates the order; when it was created, learns the aliases the clerk confirmed.</summary>
    public async Task<ReviewedOrderResult> CreateAsync(ReviewedOrder order, string actor, CancellationToken cancellationToken)
    {
        var created = await orders.CreateAsync(new NewOrder(order.CustomerNumber, order.PoNumber,
            order.Lines.Select(l => new NewOrderLine(l.Sku, l.Quantity)).ToList(), order.RequestedDeliveryDate, order.SourceMessageId, order.ConversationId),
            actor, cancellationToken);
        if (created.Created is null)
        {
            return new ReviewedOrderResult(created, []);
        }

        var learnt = new List<LearntAlias>();
        foreach (var line in order.Lines.Where(l => l.LearnAlias && !string.IsNullOrWhiteSpace(l.CustomerCode)))
        {
            var result = await aliases.LearnAsync(order.CustomerNumber, line.CustomerCode!, line.Sku, actor, cancellationToken);
            learnt.Add(new LearntAlias(ProductAliasBook.NormalizeCode(line.CustomerCode!), ProductRules.NormalizeSku(line.Sku), result));
        }

        return new ReviewedOrderResult(created, learnt);
    }
}
