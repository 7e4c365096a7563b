using System.Globalization;
using System.Text.Json.Nodes;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Knowledge;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using IntakeContact = HappyButtons.Engine.Intake.Customers.Contact;

namespace HappyButtons.Engine.Agents.Support;

/// <summary>
/// The Support department's agent. A question (technical support, general inquiry) gets a reply from the best
/// knowledge-base article, naming the article and the words that matched; when no article fits well enough, a holding
/// reply with low confidence that says so. A complaint or return request gets an RMA proposal (the reason read from the
/// mail, the order and its affected lines when the mail names one of the customer's orders) and a courteous acknowledgement.
/// </summary>
public sealed class SupportAgent(KnowledgeSearch search, SupportReplyWriter writer, OrderQueries orders, IDbContextFactory<HappyButtonsDbContext> contexts)
    : IDepartmentAgent
{
    /// <summary>Below this search confidence the article is not proposed as the answer (calibrated in docs/knowledge.md).</summary>
    public const double MinimumArticleConfidence = 0.4;

    public string Department => "support";

    public async Task<IReadOnlyList<ProposalDraft>> ProposeAsync(AgentContext context, CancellationToken cancellationToken) => context.Intent switch
    {
        Intent.TechnicalSupport or Intent.GeneralInquiry => [await AnswerAsync(context, cancellationToken)],
        Intent.Complaint or Intent.ReturnRequest => await RmaAsync(context, cancellationToken),
        _ => [],
    };

    private async Task<ProposalDraft> AnswerAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var english = context.Language != Language.De;
        var facts = await FactsAsync(context, english, null, cancellationToken);
        var question = context.Subject + "\n" + ComplaintReader.WithoutQuotes(context.Text);
        var hits = await search.SearchAsync(new KnowledgeQuery(question, english ? "en" : "de", context.Intent.ToApiName(), Limit: 3), cancellationToken);
        var best = hits.FirstOrDefault();
        var subject = Subject(context);
        if (best is null || best.Confidence < MinimumArticleConfidence)
        {
            var holding = writer.Holding(english, facts);
            var reason = best is null
                ? "Kein Beitrag der Wissensdatenbank passt – nur Eingangsbestätigung; bitte selbst beantworten."
                : $"Kein Beitrag passt sicher (bester Treffer „{best.Article.Title}“ mit {Percent(best.Confidence)}) – nur Eingangsbestätigung; bitte selbst beantworten.";
            var payload = Reply(subject, holding, null, null);
            payload["candidates"] = Candidates(hits);
            return new ProposalDraft(ProposalKind.Reply, Math.Min(best?.Confidence ?? 0.1, 0.2), reason, payload);
        }

        var answer = writer.Answer(english, facts, best.Article.Body);
        var matched = string.Join(", ", best.MatchedWords.Select(w => $"'{w}'"));
        var replyPayload = Reply(subject, answer, best.Article.Id, best.Article.Title);
        replyPayload["candidates"] = Candidates(hits);
        return new ProposalDraft(ProposalKind.Reply, best.Confidence, $"Beitrag „{best.Article.Title}“ passt zu {matched}", replyPayload);
    }

    private async Task<IReadOnlyList<ProposalDraft>> RmaAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var english = context.Language != Language.De;
        var reading = ComplaintReader.Read(context.Subject, context.Text);
        var (order, refused) = await OrderAsync(context, reading, cancellationToken);
        var lines = order is null ? [] : AffectedLines(order, context.Subject + "\n" + ComplaintReader.WithoutQuotes(context.Text), reading);

        var rma = new JsonObject
        {
            ["reason"] = reading.Reason.Code(),
            ["evidence"] = reading.Evidence,
            ["orderId"] = order?.Id,
            ["orderNumber"] = order?.Number,
            ["lines"] = new JsonArray(lines.Select(l => (JsonNode)new JsonObject
            {
                ["sku"] = l.Sku, ["quantity"] = l.Quantity, ["orderedQuantity"] = l.Ordered, ["quantityStated"] = l.Stated,
            }).ToArray()),
        };
        var confidence = 0.45 + (reading.Reason != ReturnReason.Other ? 0.2 : 0) + (order is not null ? 0.2 : 0) + (lines.Any(l => l.Stated) ? 0.05 : 0);
        var because = new List<string>
        {
            reading.Evidence is null ? "Grund nicht erkannt (bitte prüfen)" : $"Grund {ReasonName(reading.Reason)} („{reading.Evidence}“)",
            order is not null ? $"Auftrag {order.Number}, {lines.Count} Position(en)"
                : refused is not null ? $"Auftrag {refused} gehört nicht zu diesem Kunden"
                : reading.OrderNumbers.Count > 0 ? $"Auftrag {reading.OrderNumbers[0]} nicht gefunden"
                : "keine Auftragsnummer in der Mail",
        };
        var intent = context.Intent == Intent.ReturnRequest ? "Rücksendung" : "Reklamation";
        var proposals = new List<ProposalDraft> { new(ProposalKind.Rma, Math.Round(confidence, 3), intent + ": " + string.Join("; ", because), rma) };

        var facts = await FactsAsync(context, english, order?.Number, cancellationToken);
        var acknowledgement = writer.Acknowledgement(english, context.Intent == Intent.ReturnRequest, reading.Reason, facts);
        proposals.Add(new ProposalDraft(ProposalKind.Reply, 0.8,
            $"Eingangsbestätigung der {intent}" + (order is null ? "" : $" zu {order.Number}"), Reply(Subject(context), acknowledgement, null, null)));
        return proposals;
    }

    private sealed record AffectedLine(string Sku, long Quantity, long Ordered, bool Stated);

    /// <summary>
    /// The order lines the mail names by SKU (all lines when it names none), with the quantity the customer stated near the
    /// SKU, the shortfall of "only 8,000 of 10,000", or a single stated quantity for a one-line order; else the ordered quantity.
    /// </summary>
    private static List<AffectedLine> AffectedLines(OrderDetail order, string text, ComplaintReading reading)
    {
        var named = order.Lines.Where(l => text.Contains(l.Sku, StringComparison.OrdinalIgnoreCase)).ToList();
        var lines = named.Count > 0 ? named : order.Lines.ToList();
        return lines.Select(line =>
        {
            long? stated = null;
            if (lines.Count == 1 && reading.Shortfall is { } shortfall)
            {
                stated = shortfall;
            }
            else if (named.Count > 0)
            {
                // The quantity written on the same line as the SKU, before or after it.
                var at = text.IndexOf(line.Sku, StringComparison.OrdinalIgnoreCase);
                var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end : text.Length;
                stated = reading.Quantities.Where(q => q.Position >= lineStart && q.Position < lineEnd).Select(q => (long?)q.Quantity).FirstOrDefault();
            }
            else if (lines.Count == 1 && reading.Quantities.Count == 1)
            {
                stated = reading.Quantities[0].Quantity;
            }

            return new AffectedLine(line.Sku, Math.Min(stated ?? line.Quantity, line.Quantity), line.Quantity, stated is not null);
        }).ToList();
    }

    /// <summary>The order the mail names (an AB number, else one of the customer's PO numbers); never another customer's.</summary>
    private async Task<(OrderDetail? Order, string? Refused)> OrderAsync(AgentContext context, ComplaintReading reading, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        long? id = null;
        string? refused = null;
        foreach (var number in reading.OrderNumbers)
        {
            var found = await db.Orders.AsNoTracking().Where(o => o.Number == number).Select(o => new { o.Id, o.CustomerNumber }).SingleOrDefaultAsync(cancellationToken);
            if (found is not null && (context.CustomerNumber is null || found.CustomerNumber == context.CustomerNumber))
            {
                id = found.Id;
                break;
            }

            refused ??= found is null ? null : number;
        }

        if (id is null && context.CustomerNumber is { } customer)
        {
            var text = context.Subject + "\n" + context.Text;
            var recent = await db.Orders.AsNoTracking().Where(o => o.CustomerNumber == customer && o.PoNumber != null)
                .OrderByDescending(o => o.Id).Take(200).Select(o => new { o.Id, o.PoNumber }).ToListAsync(cancellationToken);
            id = recent.FirstOrDefault(o => o.PoNumber!.Length >= 3 && text.Contains(o.PoNumber, StringComparison.OrdinalIgnoreCase))?.Id;
        }

        return (id is { } orderId ? await orders.GetAsync(orderId, cancellationToken) : null, id is null ? refused : null);
    }

    /// <summary>The facts of the reply: the sender's contact when the address is on file (else the general salutation), the ticket, the order.</summary>
    private async Task<ReplyFacts> FactsAsync(AgentContext context, bool english, string? orderNumber, CancellationToken cancellationToken)
    {
        var contact = ReplyContact.Unknown;
        if (!string.IsNullOrWhiteSpace(context.FromAddress))
        {
            var address = context.FromAddress.Trim().ToLowerInvariant();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var row = await db.Contacts.AsNoTracking().Where(c => c.Email.ToLower() == address).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            if (row is not null)
            {
                contact = ReplyContact.From(new IntakeContact(row.FirstName, row.LastName, row.Email, row.CustomerNumber, row.Title, row.PreferredSalutation));
            }
        }

        return new ReplyFacts(english ? Language.En : Language.De, contact, "", Department)
        {
            Ticket = context.ConversationId is { } id ? TicketNumber.Format(id) : null,
            OrderNumber = orderNumber,
        };
    }

    private static string Subject(AgentContext context) =>
        context.ConversationId is { } id ? TicketNumber.ReplySubject(context.Subject, id) : "Re: " + TicketNumber.Strip(context.Subject);

    private static JsonObject Reply(string subject, WrittenReply reply, long? articleId, string? articleTitle)
    {
        var payload = new JsonObject { ["subject"] = subject, ["body"] = reply.Body, ["articleId"] = articleId, ["articleTitle"] = articleTitle };
        if (reply.Warning is not null)
        {
            payload["warning"] = reply.Warning;
        }

        return payload;
    }

    private static JsonArray Candidates(IReadOnlyList<KnowledgeHit> hits) =>
        new(hits.Select(h => (JsonNode)new JsonObject { ["articleId"] = h.Article.Id, ["title"] = h.Article.Title, ["confidence"] = h.Confidence }).ToArray());

    private static string Percent(double confidence) => (confidence * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string ReasonName(ReturnReason reason) => reason switch
    {
        ReturnReason.Defect => "Mangel/defekt",
        ReturnReason.WrongDelivery => "Falschlieferung",
        ReturnReason.WrongColour => "falsche Farbe",
        ReturnReason.WrongSize => "falsche Größe",
        ReturnReason.QuantityShort => "Fehlmenge",
        ReturnReason.TransitDamage => "Transportschaden",
        _ => "sonstiges",
    };
}
