using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Orders.Extraction;

namespace HappyButtons.Engine.Agents.Sales;

/// <summary>
/// The sales department's agent: an order draft from the purchase-order extraction (lines, customer, PO number) with the
/// confirmation reply, a quote with catalog prices and the customer's price list, an order-status answer from the order's
/// real state. <see cref="OrderInsideAsync"/> reads an order out of a mail another department owns (a complaint that
/// also orders replacements), so the coordinator can hand it to sales too.
/// </summary>
public sealed class SalesAgent(
    MessageOrderExtraction extraction, PurchaseOrderExtractor extractor, CatalogStore catalog, OrderLookup orders, OrderQueries orderQueries,
    ReplyDrafting replies) : IDepartmentAgent
{
    public string Department => "sales";

    public async Task<IReadOnlyList<ProposalDraft>> ProposeAsync(AgentContext context, CancellationToken cancellationToken) => context.Intent switch
    {
        Intent.Order => await OrderAsync(context, cancellationToken),
        Intent.QuoteRequest => await QuoteAsync(context, cancellationToken),
        Intent.OrderStatus => await StatusAsync(context, cancellationToken),
        _ => [],
    };

    private async Task<IReadOnlyList<ProposalDraft>> OrderAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var read = await extraction.ExtractAsync(context.MessageId, cancellationToken);
        if (read is null || read.Order.Lines.Count == 0)
        {
            return [];
        }

        var snapshot = await catalog.SnapshotAsync(read.CustomerNumber, cancellationToken);
        var order = OrderDraft(context, read.CustomerNumber, read.Order, snapshot);
        var result = new List<ProposalDraft> { order };
        if (read.CustomerNumber is not null && await ConfirmationReplyAsync(context, read.Order, cancellationToken) is { } reply)
        {
            result.Add(reply);
        }

        return result;
    }

    /// <summary>An order in a mail that is not classified as one (a complaint ordering replacements); null when it holds none.</summary>
    public async Task<ProposalDraft?> OrderInsideAsync(AgentContext context, CancellationToken cancellationToken)
    {
        if (context.CustomerNumber is null || !MentionsOrdering(context.Subject + " " + context.Text))
        {
            return null;
        }

        var snapshot = await catalog.SnapshotAsync(context.CustomerNumber, cancellationToken);
        var read = extractor.Extract(new PurchaseOrderInput(context.Subject, context.Text, [], Day(context)), snapshot);
        if (!read.Lines.Any(l => l.Sku is not null && l.Quantity > 0))
        {
            return null;
        }

        var draft = OrderDraft(context, context.CustomerNumber, read, snapshot);
        draft.Payload["agent"] = Department;
        return Proposals.Make(ProposalKind.Order, draft.Confidence * 0.9, draft.Payload,
            "The mail also orders {0} line(s) (PO {1}): handed to sales as an order draft", read.Lines.Count(l => l.Sku is not null), draft.Payload.String("poNumber") ?? "-");
    }

    private static ProposalDraft OrderDraft(AgentContext context, string? customer, PurchaseOrderExtraction read, CatalogSnapshot snapshot)
    {
        var day = Day(context);
        var lines = new JsonArray();
        decimal net = 0;
        foreach (var line in read.Lines)
        {
            var product = line.Sku is null ? null : snapshot.BySku(line.Sku);
            var quantity = line.Quantity is { } q ? (long)Math.Round(q) : 0;
            var price = line.UnitPrice ?? (product is null ? null : snapshot.PriceOf(product, Math.Max(1, quantity), day).UnitPrice);
            net += (price ?? 0) * quantity;
            lines.Add(new JsonObject
            {
                ["sku"] = line.Sku, ["quantity"] = quantity, ["unitPrice"] = price, ["deliveryDate"] = line.DeliveryDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["confidence"] = Math.Round(line.Confidence, 2), ["sourceText"] = line.SourceText,
            });
        }

        var unresolved = read.Lines.Count(l => l.Sku is null || l.Quantity is null or <= 0);
        var confidence = read.Lines.Count == 0 ? 0 : read.Lines.Average(l => l.Confidence);
        confidence *= customer is null ? 0.3 : 1;
        confidence *= unresolved > 0 ? 0.5 : read.Warnings.Count > 0 ? 0.8 : 1;
        var delivery = read.Lines.Select(l => l.DeliveryDate).Where(d => d is not null).Max();
        var payload = new JsonObject
        {
            ["customerId"] = customer, ["poNumber"] = read.PoNumber?.Value, ["deliveryDate"] = delivery?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["lines"] = lines, ["net"] = net, ["currency"] = "EUR", ["warnings"] = new JsonArray(read.Warnings.Select(w => (JsonNode?)JsonValue.Create(w.Message)).ToArray()),
        };
        return customer is null
            ? Proposals.Make(ProposalKind.Order, confidence, payload, "{0} order line(s) read, but the sender is no known customer: choose the customer", read.Lines.Count)
            : unresolved > 0
                ? Proposals.Make(ProposalKind.Order, confidence, payload, "PO {0}: {1} line(s) read, {2} without product or quantity: complete them", read.PoNumber?.Value ?? "-", read.Lines.Count, unresolved)
                : Proposals.Make(ProposalKind.Order, confidence, payload, "PO {0}: {1} line(s) read from the mail, net {2} EUR at the customer's prices", read.PoNumber?.Value ?? "-", read.Lines.Count, net);
    }

    private async Task<ProposalDraft?> ConfirmationReplyAsync(AgentContext context, PurchaseOrderExtraction read, CancellationToken cancellationToken)
    {
        var delivery = read.Lines.Select(l => l.DeliveryDate).Where(d => d is not null).Max() ?? Day(context).AddDays(14);
        var facts = replies.Facts(context) with { OrderNumber = ReplyDrafting.PendingOrderNumber, PoNumber = read.PoNumber?.Value, DeliveryDate = delivery };
        var payload = read.PoNumber is not null
            ? await replies.FromTemplateAsync(context, "order-confirmation", facts, cancellationToken)
            : replies.FromText(context, ReplyDrafting.LanguageOf(context) == Language.En
                ? "thank you for your order. We have entered it as order {{ order_number }}; it is expected to be delivered on {{ delivery_date }}.\n\nYou will receive the order confirmation in a separate email. If you have any questions, please quote case {{ ticket }}."
                : "vielen Dank für Ihre Bestellung. Wir haben sie unter der Auftragsnummer {{ order_number }} erfasst; die Lieferung erfolgt voraussichtlich am {{ delivery_date }}.\n\nDie Auftragsbestätigung senden wir Ihnen in einer gesonderten E-Mail. Bei Fragen nennen Sie uns bitte den Vorgang {{ ticket }}.",
                facts, "order-confirmation", out _);
        if (payload is null)
        {
            return null;
        }

        payload["deliveryDate"] = delivery.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Proposals.Make(ProposalKind.Reply, 0.9, payload, "Order acknowledgement with the order number and the delivery date {0}", delivery);
    }

    private async Task<IReadOnlyList<ProposalDraft>> QuoteAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.SnapshotAsync(context.CustomerNumber, cancellationToken);
        var day = Day(context);
        var read = extractor.Extract(new PurchaseOrderInput(context.Subject, context.Text, [], day), snapshot);
        var english = ReplyDrafting.LanguageOf(context) == Language.En;
        var facts = replies.Facts(context) with { QuoteDueDate = day.AddDays(30) };
        var quoted = new JsonArray();
        var table = new StringBuilder();
        var customerPrices = 0;
        foreach (var line in read.Lines.Where(l => l.Sku is not null))
        {
            var product = snapshot.BySku(line.Sku!);
            if (product is null)
            {
                continue;
            }

            var quantity = (long)Math.Max(product.MinimumOrderQuantity, Math.Round(line.Quantity ?? product.MinimumOrderQuantity));
            var price = snapshot.PriceOf(product, quantity, day);
            customerPrices += price.Source == PriceSource.Customer ? 1 : 0;
            var lastAgreed = context.Memory.GetValueOrDefault("customer.price:" + product.Sku);
            quoted.Add(new JsonObject
            {
                ["sku"] = product.Sku, ["name"] = product.Name, ["quantity"] = quantity, ["unitPrice"] = price.UnitPrice, ["currency"] = price.Currency,
                ["priceSource"] = price.Source == PriceSource.Customer ? "customer" : "list", ["lastAgreedPrice"] = lastAgreed,
            });
            var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE");
            table.Append(CultureInfo.InvariantCulture, $"- {quantity.ToString("#,##0", culture)} {product.Unit} {product.Sku} ({Plain(product.Name)}): ")
                .Append(english ? "unit price " : "Stückpreis ").Append(price.UnitPrice.ToString("0.00##", culture)).Append(' ').Append(price.Currency)
                .Append(english ? ", total " : ", gesamt ").Append((price.UnitPrice * quantity).ToString("#,##0.00", culture)).Append(' ').Append(price.Currency).Append('\n');
        }

        if (quoted.Count == 0)
        {
            var later = await replies.FromTemplateAsync(context, "quote-request", facts, cancellationToken);
            return later is null ? [] : [Proposals.Make(ProposalKind.Reply, 0.6, later, "No product of the catalog named: reply that the quote follows by {0}", facts.QuoteDueDate)];
        }

        var text = english
            ? $"thank you for your enquiry and your interest in our buttons. We are pleased to offer:\n\n{table}\nAll prices are net plus VAT; this offer is valid until {{{{ quote_due_date }}}}. To order, simply reply to this email quoting case {{{{ ticket }}}}."
            : $"vielen Dank für Ihre Anfrage und Ihr Interesse an unseren Knöpfen. Gerne bieten wir Ihnen an:\n\n{table}\nAlle Preise verstehen sich netto zuzüglich Umsatzsteuer; das Angebot gilt bis {{{{ quote_due_date }}}}. Für Ihre Bestellung antworten Sie bitte einfach auf diese E-Mail unter Angabe des Vorgangs {{{{ ticket }}}}.";
        var payload = replies.FromText(context, text, facts, "quote", out _);
        if (payload is null)
        {
            return [];
        }

        payload["quote"] = quoted;
        var confidence = read.Lines.Count == 0 ? 0.5 : Math.Min(0.95, read.Lines.Average(l => l.Confidence));
        return [Proposals.Make(ProposalKind.Reply, confidence, payload, "Quote for {0} product(s), {1} at the customer's own prices, the rest at list price", quoted.Count, customerPrices)];
    }

    private async Task<IReadOnlyList<ProposalDraft>> StatusAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var found = await orders.FindAsync(context, latestAsFallback: true, cancellationToken);
        if (found is null || await orderQueries.GetAsync(found.Order.Id, cancellationToken) is not { } order)
        {
            return StatusToFollow(context);
        }

        var english = ReplyDrafting.LanguageOf(context) == Language.En;
        var facts = replies.Facts(context) with { OrderNumber = order.Number };
        var date = order.ConfirmedDeliveryDate ?? order.RequestedDeliveryDate;
        var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE");
        var dateText = date?.ToString(english ? "d MMMM yyyy" : "dd.MM.yyyy", culture);
        var state = StateSentence(order.State, english, dateText, order.DeliveredAt);
        var text = english
            ? $"thank you for your enquiry about your order {{{{ order_number }}}}{Po(order.PoNumber, english)}. {state}\n\nIf you have any further questions, please reply to this email quoting case {{{{ ticket }}}}."
            : $"vielen Dank für Ihre Nachfrage zu Ihrer Bestellung {{{{ order_number }}}}{Po(order.PoNumber, english)}. {state}\n\nBei weiteren Fragen antworten Sie bitte einfach auf diese E-Mail unter Angabe des Vorgangs {{{{ ticket }}}}.";
        var payload = replies.FromText(context, text, facts, "order-status", out _);
        if (payload is null)
        {
            return [];
        }

        payload["orderId"] = order.Id;
        payload["orderNumber"] = order.Number;
        payload["orderState"] = order.State.Code();
        var confidence = found.FoundBy == OrderLookup.ByLatest ? 0.6 : 0.9;
        return [Proposals.Make(ProposalKind.Reply, confidence, payload, "Status of order {0} (found by {1}): {2}", order.Number, found.FoundBy, order.State.Code())];
    }

    /// <summary>
    /// No order of the sender matches the question: a reply that promises the answer, for the clerk who looks the order up,
    /// with a confidence no automation accepts.
    /// </summary>
    private IReadOnlyList<ProposalDraft> StatusToFollow(AgentContext context)
    {
        var payload = replies.FromText(context, ReplyDrafting.LanguageOf(context) == Language.En
            ? "thank you for your enquiry. We are checking the current status of your order and will get back to you with the delivery date within one working day.\n\nIf you have any questions in the meantime, please quote case {{ ticket }}."
            : "vielen Dank für Ihre Nachfrage. Wir prüfen den aktuellen Stand Ihrer Bestellung und melden uns innerhalb eines Werktages mit dem Liefertermin bei Ihnen.\n\nBei Rückfragen nennen Sie uns bitte den Vorgang {{ ticket }}.",
            replies.Facts(context), "order-status", out _);
        return payload is null ? []
            : [Proposals.Make(ProposalKind.Reply, 0.4, payload, "No order of the sender matches the question: look it up; this reply promises the answer within one working day")];
    }

    private static string Po(string? po, bool english) => po is null ? "" : english ? $" (your order no. {Plain(po)})" : $" (Ihre Bestellnummer {Plain(po)})";

    private static string StateSentence(OrderState state, bool english, string? date, DateTimeOffset? deliveredAt)
    {
        var due = date is null ? "" : english ? $" It is expected to be delivered on {date}." : $" Der voraussichtliche Liefertermin ist der {date}.";
        var delivered = deliveredAt?.ToString(english ? "d MMMM yyyy" : "dd.MM.yyyy", CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE"));
        return (state, english) switch
        {
            (OrderState.Created, false) => "Ihre Bestellung ist bei uns eingegangen und wird gerade geprüft." + due,
            (OrderState.Created, true) => "We have received your order and are reviewing it." + due,
            (OrderState.Confirmed or OrderState.Planned, false) => "Ihre Bestellung ist bestätigt und für die Fertigung eingeplant." + due,
            (OrderState.Confirmed or OrderState.Planned, true) => "Your order is confirmed and scheduled for production." + due,
            (OrderState.InProduction, false) => "Ihre Knöpfe sind derzeit in der Fertigung." + due,
            (OrderState.InProduction, true) => "Your buttons are currently in production." + due,
            (OrderState.Produced or OrderState.Packed, false) => "Ihre Knöpfe sind gefertigt und werden für den Versand vorbereitet." + due,
            (OrderState.Produced or OrderState.Packed, true) => "Your buttons have been produced and are being prepared for shipping." + due,
            (OrderState.Shipped, false) => "Ihre Bestellung wurde versandt und ist auf dem Weg zu Ihnen.",
            (OrderState.Shipped, true) => "Your order has been shipped and is on its way to you.",
            (OrderState.Cancelled, false) => "Ihre Bestellung wurde storniert; gerne nehmen wir eine neue Bestellung entgegen.",
            (OrderState.Cancelled, true) => "Your order has been cancelled; we will gladly take a new order.",
            (_, false) => delivered is null ? "Ihre Bestellung wurde zugestellt." : $"Ihre Bestellung wurde am {delivered} zugestellt.",
            (_, true) => delivered is null ? "Your order has been delivered." : $"Your order was delivered on {delivered}.",
        };
    }

    /// <summary>Customer text inside a template must not open Scriban code.</summary>
    private static string Plain(string text) => text.Replace("{", "(", StringComparison.Ordinal).Replace("}", ")", StringComparison.Ordinal);

    private static DateOnly Day(AgentContext context) => OrderNumbers.BerlinDate(context.ReceivedAt);

    /// <summary>
    /// Whether the mail orders something now — "wir bestellen", "nachbestellen", "bitte liefern Sie", "we would also like to
    /// order", "please send", "reorder" — not merely names the order it is about ("on order AB-…", "Ihre Bestellung",
    /// "zu viele bestellt"): almost every complaint does that, and it must not become a sales order draft.
    /// </summary>
    private static bool MentionsOrdering(string text) => Ordering.IsMatch(text);

    private static readonly System.Text.RegularExpressions.Regex Ordering = new(
        @"\b(?:bestellen|bestelle|nachbestell\w*|ordern|liefern\s+Sie|Ersatzlieferung\w*)\b" +
        @"|\b(?:we|I)(?:'d|\s+would|\s+like\s+to|\s+want\s+to|\s+wish\s+to|\s+also|\s+hereby|\s+additionally|\s+further|\s+now)*\s+(?:re-?)?order\b" +
        @"|\b(?:re-?order\w*|new\s+order|additional\s+order|order\s+(?:an?\s+)?(?:additional|further|more|another)|order\s+\d)" +
        @"|\bplease\s+(?:also\s+)?(?:send|supply|deliver|ship)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant
        | System.Text.RegularExpressions.RegexOptions.Compiled);
}
