using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Agents.Finance;

/// <summary>
/// The finance department's agent: the requested invoice copy (the order's stored invoice PDF attached to a courteous
/// reply), a payment notice matched to the customer's open invoices (orders in state <c>invoiced</c>), and a bank-change
/// request — or any mail the fraud checks held — as a <c>hold</c> with the verification steps. It never proposes a reply
/// that confirms new bank details.
/// </summary>
public sealed partial class FinanceAgent(OrderLookup orders, IDbContextFactory<HappyButtonsDbContext> contexts, ReplyDrafting replies) : IDepartmentAgent
{
    public string Department => "finance";

    public static readonly IReadOnlyList<string> VerificationSteps =
    [
        "Do not change any bank details and do not reply to confirm them.",
        "Call the customer back on the phone number on file in the customer record (never a number from this mail).",
        "Have the change confirmed by a known contact and check the new account holder against the customer's name.",
        "Record the outcome of the call as a note; only then change the bank details, with a second person approving.",
    ];

    public async Task<IReadOnlyList<ProposalDraft>> ProposeAsync(AgentContext context, CancellationToken cancellationToken)
    {
        if (context.Intent == Intent.BankChange || context.FraudHold)
        {
            return [Hold(context)];
        }

        return context.Intent switch
        {
            Intent.InvoiceRequest => await InvoiceCopyAsync(context, cancellationToken),
            Intent.PaymentNotice => await PaymentAsync(context, cancellationToken),
            _ => [],
        };
    }

    public static ProposalDraft Hold(AgentContext context)
    {
        var payload = new JsonObject
        {
            ["steps"] = new JsonArray(VerificationSteps.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            ["fraudHold"] = context.FraudHold,
            ["riskScore"] = context.RiskScore,
        };
        return context.Intent == Intent.BankChange
            ? Proposals.Make(ProposalKind.Hold, 0.99, payload, "Bank details change requested: held until verified by calling back the number on file")
            : Proposals.Make(ProposalKind.Hold, 0.95, payload, "Held by the fraud checks (risk score {0}): verify by calling back the number on file", context.RiskScore ?? 0);
    }

    private async Task<IReadOnlyList<ProposalDraft>> InvoiceCopyAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var found = await orders.FindAsync(context, latestAsFallback: false, cancellationToken);
        if (found?.InvoiceNumber is not { } invoice)
        {
            return [];
        }

        var facts = replies.Facts(context) with { InvoiceNumber = invoice, OrderNumber = found.Order.Number };
        var reply = await replies.FromTemplateAsync(context, "invoice-copy", facts, cancellationToken);
        var copy = new JsonObject { ["orderId"] = found.Order.Id, ["orderNumber"] = found.Order.Number, ["invoiceNumber"] = invoice };
        var confidence = found.FoundBy is OrderLookup.ByInvoiceNumber or OrderLookup.ByOrderNumber ? 0.95 : 0.75;
        var result = new List<ProposalDraft>
        {
            Proposals.Make(ProposalKind.InvoiceCopy, confidence, copy, "Invoice {0} of order {1} (found by {2}) attached as PDF", invoice, found.Order.Number, found.FoundBy),
        };
        if (reply is not null)
        {
            reply["orderId"] = found.Order.Id;
            result.Add(Proposals.Make(ProposalKind.Reply, confidence, reply, "Reply with the copy of invoice {0}", invoice));
        }

        return result;
    }

    private async Task<IReadOnlyList<ProposalDraft>> PaymentAsync(AgentContext context, CancellationToken cancellationToken)
    {
        if (context.CustomerNumber is null)
        {
            return [];
        }

        var text = context.Subject + "\n" + context.Text;
        var amounts = Amounts(text);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.CustomerNumber == context.CustomerNumber && o.State == "invoiced").OrderBy(o => o.Id).Take(100).ToListAsync(cancellationToken);
        var ids = open.Select(o => o.Id).ToList();
        var invoices = await db.OrderDocuments.AsNoTracking().Where(d => ids.Contains(d.OrderId) && d.Kind == "invoice")
            .ToDictionaryAsync(d => d.OrderId, d => d.Number, cancellationToken);
        var candidates = open.Where(o => invoices.ContainsKey(o.Id))
            .Select(o => (Order: o, Invoice: invoices[o.Id], Gross: DocumentTotals.Of(o.Lines.Select(l => (l.VatRate, l.LineTotal))).Gross)).ToList();
        var match = candidates.FirstOrDefault(c => text.Contains(c.Invoice, StringComparison.OrdinalIgnoreCase) || text.Contains(c.Order.Number, StringComparison.OrdinalIgnoreCase));
        var byNumber = match.Order is not null;
        if (!byNumber)
        {
            match = candidates.FirstOrDefault(c => amounts.Contains(c.Gross));
        }

        if (match.Order is null)
        {
            return [];
        }

        var amountMatches = amounts.Contains(match.Gross);
        var facts = replies.Facts(context) with { InvoiceNumber = match.Invoice, OrderNumber = match.Order.Number };
        var english = ReplyDrafting.LanguageOf(context) == Language.En;
        var gross = match.Gross.ToString("#,##0.00", CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE"));
        var body = english
            ? $"thank you for your payment notice for our invoice {{{{ invoice_number }}}} (order {{{{ order_number }}}}, {gross} EUR). We will allocate the payment to the invoice as soon as it is credited to our account.\n\nShould you have any questions, please reply to this email quoting case {{{{ ticket }}}}."
            : $"vielen Dank für Ihr Zahlungsavis zu unserer Rechnung {{{{ invoice_number }}}} (Auftrag {{{{ order_number }}}}, {gross} EUR). Wir ordnen die Zahlung der Rechnung zu, sobald sie auf unserem Konto gutgeschrieben ist.\n\nBei Fragen antworten Sie bitte einfach auf diese E-Mail unter Angabe des Vorgangs {{{{ ticket }}}}.";
        var reply = replies.FromText(context, body, facts, "payment-notice", out _);
        if (reply is null)
        {
            return [];
        }

        reply["matches"] = new JsonArray(new JsonObject
        {
            ["orderId"] = match.Order.Id, ["orderNumber"] = match.Order.Number, ["invoiceNumber"] = match.Invoice, ["gross"] = match.Gross, ["amountMatches"] = amountMatches,
        });
        var confidence = byNumber && amountMatches ? 0.95 : byNumber ? 0.7 : 0.8;
        return byNumber && !amountMatches && amounts.Count > 0
            ? [Proposals.Make(ProposalKind.Reply, confidence, reply, "Payment names invoice {0} of order {1}, but the amount differs from the open {2} EUR: check", match.Invoice, match.Order.Number, match.Gross)]
            : [Proposals.Make(ProposalKind.Reply, confidence, reply, "Payment of {0} EUR matches the open invoice {1} of order {2}", match.Gross, match.Invoice, match.Order.Number)];
    }

    /// <summary>Amounts as written in German (1.234,56) or English (1,234.56) notation.</summary>
    public static IReadOnlyList<decimal> Amounts(string text)
    {
        var result = new List<decimal>();
        foreach (Match m in Amount().Matches(text))
        {
            var raw = m.Value;
            var german = raw.Length > 3 && raw[^3] == ',';
            var normalized = german ? raw.Replace(".", "").Replace(" ", "").Replace(',', '.') : raw.Replace(",", "").Replace(" ", "");
            if (decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                result.Add(value);
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:[.,\u00a0 ]\d{3})*[.,]\d{2}(?![\d])")]
    private static partial Regex Amount();
}
