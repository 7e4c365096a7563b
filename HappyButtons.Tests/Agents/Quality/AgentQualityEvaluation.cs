using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ContactRecord = HappyButtons.Engine.Intake.Customers.Contact;

namespace HappyButtons.Tests.Agents.Quality;

/// <summary>
/// The held-out agent quality set (<c>TestData/AgentQuality</c>: 40 mails and <c>expected.json</c>) run through the real
/// pipeline — ingest, processing, the coordinator — and every proposal compared with what a clerk would approve unchanged.
/// Shared by the test (hard guarantees) and the bench <c>agent-quality</c> (the figures). The caller's host must have the
/// demo catalog, the demo customers and complete company data; the agent trigger should be off.
/// </summary>
public static partial class AgentQualityEvaluation
{
    /// <summary>A reply counts as approvable only from this courtesy score (the sending minimum).</summary>
    public const int MinimumReplyScore = 60;

    public static string SetDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "AgentQuality");

    public static async Task<QualityReport> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var set = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SetDirectory, "expected.json"), cancellationToken))!.AsObject();
        var facts = await SeedOrdersAsync(services, set["orders"]!.AsArray(), cancellationToken);

        // Ingest every mail into its mailbox, exactly as the mailbox reader or the upload API does.
        var ingest = services.GetRequiredService<MessageIngest>();
        var mails = new List<(JsonObject Expected, string Raw, long MessageId)>();
        foreach (var expected in set["mails"]!.AsArray().Select(m => m!.AsObject()))
        {
            var raw = Substitute(await File.ReadAllTextAsync(Path.Combine(SetDirectory, expected.String("file")!), cancellationToken), facts);
            var result = await ingest.IngestAsync(new IngestRequest(expected.String("mailbox")!, "agent-quality:" + expected.String("file")),
                new MemoryStream(Encoding.UTF8.GetBytes(raw)), cancellationToken);
            mails.Add((expected, raw, result.MessageId));
        }

        await WaitProcessedAsync(services, mails.Select(m => m.MessageId).ToList(), cancellationToken);
        var coordinator = services.GetRequiredService<AgentCoordinator>();
        while (await coordinator.RunAsync(cancellationToken) > 0)
        {
        }

        var tasks = services.GetRequiredService<AgentTaskQueries>();
        var drafting = services.GetRequiredService<ReplyDrafting>();
        var company = services.GetRequiredService<IOptions<CompanyOptions>>().Value;
        var contexts = services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var topics = await db.KnowledgeArticles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Topic, cancellationToken);
        var contacts = (await db.Contacts.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(c => c.Email.ToLowerInvariant(), c => new ContactRecord(c.FirstName, c.LastName, c.Email, c.CustomerNumber, c.Title, c.PreferredSalutation));
        var messages = await db.Messages.AsNoTracking().Where(m => mails.Select(x => x.MessageId).Contains(m.Id))
            .Select(m => new { m.Id, m.FromAddress, m.Department, m.Status, m.Classification.Intent, m.Risk.FraudHold })
            .ToDictionaryAsync(m => m.Id, cancellationToken);

        var results = new List<MailResult>();
        foreach (var (expected, raw, messageId) in mails)
        {
            var message = messages[messageId];
            var taskId = await tasks.OfMessageAsync(messageId, cancellationToken);
            var task = taskId is null ? null : await tasks.GetAsync(taskId.Value, cancellationToken);
            var language = expected.String("language") == "en" ? Language.En : Language.De;
            var contact = message.FromAddress is { } from && contacts.TryGetValue(from.ToLowerInvariant(), out var c) ? ReplyContact.From(c) : ReplyContact.Unknown;

            // What a clerk would approve: the expected items, or — when the pipeline already routed a mail meant for a
            // hand-off straight to that department — what that department's clerk would approve instead.
            var items = expected["expect"]!.AsArray().Select(e => e!.AsObject()).ToList();
            var routedThere = items.Count == 1 && items[0].String("kind") == ProposalKind.Handoff && task is not null
                              && task.Department == items[0].String("department") && expected["ifRoutedThere"] is JsonArray;
            if (routedThere)
            {
                items = expected["ifRoutedThere"]!.AsArray().Select(e => e!.AsObject()).ToList();
            }

            var open = items.Select(i => Substitute(i.ToJsonString(), facts)).Select(s => JsonNode.Parse(s)!.AsObject()).ToList();
            var judged = new List<ProposalResult>();
            foreach (var proposal in task?.Proposals ?? [])
            {
                var agent = proposal.Payload.String("agent") ?? task!.Agent;
                int? score = null;
                string? lost = null;
                if (proposal.Kind == ProposalKind.Reply)
                {
                    var body = proposal.Payload.String("body") ?? "";
                    var courtesy = proposal.Payload["contact"] is JsonObject
                        ? drafting.Score(proposal.Payload)
                        : CourtesyScorer.Score(body, language, contact, company);
                    score = courtesy.Score;
                    lost = string.Join(", ", courtesy.Items.Where(i => i.Points < i.Max).Select(i => $"{i.Rule} {i.Points}/{i.Max}"));
                }

                var why = new List<string>();
                var match = open.FirstOrDefault(item => Matches(item, proposal, score, topics, why));
                if (match is not null)
                {
                    open.Remove(match);
                }

                judged.Add(new ProposalResult(agent, proposal.Kind, proposal.Confidence, proposal.Reason, match is not null, score,
                    match is not null ? null : why.Count > 0 ? string.Join("; ", why.Distinct()) : "not expected: a clerk would not approve it",
                    proposal.Kind == ProposalKind.Reply ? proposal.Payload.String("body") : null, lost));
            }

            var bank = expected["bankChange"]?.GetValue<bool>() == true;
            var held = task is not null && task.Proposals.Any(p => p.Kind == ProposalKind.Hold) && !task.AutoExecuted
                       && task.Proposals.All(p => p.Kind != ProposalKind.Reply);
            results.Add(new MailResult(expected.String("file")!, expected.String("what")!, expected.String("agent")!, message.Department, message.Intent,
                message.FraudHold, task?.Agent, task?.Department, task?.Error, routedThere, bank, held, judged,
                open.Select(o => $"{o.String("kind")} {Describe(o)}").ToList(), Ibans(raw)));
        }

        // No proposal anywhere may confirm the new bank details of a bank-change mail: no reply of any task names them.
        var newIbans = results.Where(r => r.BankChange).SelectMany(r => r.Ibans).ToHashSet();
        var confirming = results.SelectMany(r => r.Proposals.Where(p => p.Kind == ProposalKind.Reply && p.Body is not null
                && Ibans(p.Body).Overlaps(newIbans)).Select(_ => r.File)).ToList();
        return new QualityReport(results, confirming);
    }

    private static bool Matches(JsonObject item, ProposalView proposal, int? score, IReadOnlyDictionary<long, string> topics, List<string> why)
    {
        if (item.String("kind") != proposal.Kind)
        {
            return false;
        }

        var payload = proposal.Payload;
        switch (proposal.Kind)
        {
            case ProposalKind.Order:
                if (payload.String("customerId") != item.String("customer"))
                {
                    why.Add($"customer {payload.String("customerId") ?? "none"}, expected {item.String("customer")}");
                    return false;
                }

                var lines = (payload["lines"] as JsonArray ?? []).Select(l => $"{l!["sku"]?.GetValue<string>()}×{Quantity(l["quantity"])}").Order().ToList();
                var wanted = item["lines"]!.AsArray().Select(l => $"{l!["sku"]!.GetValue<string>()}×{Quantity(l["quantity"])}").Order().ToList();
                if (!lines.SequenceEqual(wanted))
                {
                    why.Add($"lines {string.Join(", ", lines)}, expected {string.Join(", ", wanted)}");
                    return false;
                }

                return true;
            case ProposalKind.Handoff:
                if (payload.String("to") != item.String("department"))
                {
                    why.Add($"hand-off to {payload.String("to")}, expected {item.String("department")}");
                    return false;
                }

                return true;
            case ProposalKind.InvoiceCopy:
                if (payload.String("invoiceNumber") != item.String("invoice"))
                {
                    why.Add($"invoice {payload.String("invoiceNumber") ?? "none"}, expected {item.String("invoice")}");
                    return false;
                }

                return true;
            case ProposalKind.Rma:
                if (payload.String("orderNumber") != item.String("order"))
                {
                    why.Add($"order {payload.String("orderNumber") ?? "none"}, expected {item.String("order")}");
                    return false;
                }

                if (item["lines"] is JsonArray expectedLines)
                {
                    var got = (payload["lines"] as JsonArray ?? []).Select(l => $"{l!["sku"]?.GetValue<string>()}×{Quantity(l["quantity"])}").Order().ToList();
                    var want = expectedLines.Select(l => $"{l!["sku"]!.GetValue<string>()}×{Quantity(l["quantity"])}").Order().ToList();
                    if (!got.SequenceEqual(want))
                    {
                        why.Add($"lines {string.Join(", ", got)}, expected {string.Join(", ", want)}");
                        return false;
                    }
                }

                return true;
            case ProposalKind.Reply:
                var body = payload.String("body") ?? "";
                var missing = (item["mentions"] as JsonArray ?? []).Select(m => m!.GetValue<string>())
                    .Where(m => !body.Contains(m, StringComparison.OrdinalIgnoreCase)).ToList();
                if (missing.Count > 0)
                {
                    why.Add($"reply does not name {string.Join(", ", missing)}");
                    return false;
                }

                if (item.String("topic") is { } topic)
                {
                    var used = payload.Long("articleId") is { } id && topics.TryGetValue(id, out var t) ? t : null;
                    if (used != topic)
                    {
                        why.Add($"reply built on {used ?? "no article"}, expected {topic}");
                        return false;
                    }
                }

                if (score < MinimumReplyScore)
                {
                    why.Add($"courtesy {score} < {MinimumReplyScore}");
                    return false;
                }

                return true;
            default:
                return true;
        }
    }

    private static long Quantity(JsonNode? node) => node is null ? 0 : (long)node.GetValue<decimal>();

    private static string Describe(JsonObject item) =>
        string.Join(" ", item.Where(p => p.Key != "kind").Select(p => $"{p.Key}={p.Value?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}"));

    private static HashSet<string> Ibans(string text) =>
        IbanPattern().Matches(text).Select(m => m.Value.Replace(" ", "")).ToHashSet();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")]
    private static partial Regex IbanPattern();

    private static string Substitute(string text, IReadOnlyDictionary<string, string> facts) =>
        PlaceholderPattern().Replace(text, m => facts.TryGetValue(m.Groups[1].Value, out var value)
            ? value : throw new InvalidOperationException($"expected.json: no seeded fact {m.Value}"));

    [GeneratedRegex(@"\{\{([a-z_]+:[A-Za-z0-9]+)\}\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>The orders the mails refer to, created and moved to their state as an administrator would.</summary>
    private static async Task<Dictionary<string, string>> SeedOrdersAsync(IServiceProvider services, JsonArray orders, CancellationToken cancellationToken)
    {
        var service = services.GetRequiredService<OrderService>();
        var queries = services.GetRequiredService<OrderQueries>();
        var facts = new Dictionary<string, string>();
        foreach (var order in orders.Select(o => o!.AsObject()))
        {
            var lines = order["lines"]!.AsArray().Select(l => new NewOrderLine(l![0]!.GetValue<string>(), l[1]!.GetValue<int>())).ToArray();
            var created = await service.CreateAsync(new NewOrder(order.String("customer")!, order.String("po"), lines), "agent-quality", cancellationToken);
            if (created.Created is null)
            {
                throw new InvalidOperationException($"order {order.String("key")}: {string.Join(" ", created.Errors)}");
            }

            var to = OrderStates.Parse(order.String("state"))!.Value;
            foreach (var state in OrderStates.All.Skip(1).TakeWhile(s => s != to).Append(to))
            {
                var step = await service.TransitionAsync(created.Created.Id, state, OrderActor.Administrator("agent-quality"));
                if (!step.Succeeded)
                {
                    throw new InvalidOperationException($"order {order.String("key")} to {state}: {step.Refusal}");
                }
            }

            var detail = (await queries.GetAsync(created.Created.Id, cancellationToken))!;
            var key = order.String("key")!;
            facts["order:" + key] = created.Created.Number;
            if (detail.Documents.FirstOrDefault(d => d.Kind == DocumentKind.Invoice) is { } invoice)
            {
                facts["invoice:" + key] = invoice.Number;
                facts["gross_de:" + key] = detail.Totals.Gross.ToString("N2", CultureInfo.GetCultureInfo("de-DE"));
            }
        }

        return facts;
    }

    private static async Task WaitProcessedAsync(IServiceProvider services, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var queries = services.GetRequiredService<MessageQueries>();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        foreach (var id in ids)
        {
            while ((await queries.GetAsync(id, cancellationToken))?.Status is null or MessageStatus.Received or MessageStatus.Processing)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"message {id} was not processed in time");
                }

                await Task.Delay(50, cancellationToken);
            }
        }
    }
}

public sealed record ProposalResult(string Agent, string Kind, double Confidence, string Reason, bool Approvable, int? Courtesy, string? Miss, string? Body,
    string? CourtesyLost = null);

public sealed record MailResult(string File, string What, string ExpectedAgent, string? Department, string? Intent, bool FraudHold, string? TaskAgent,
    string? TaskDepartment, string? Error, bool RoutedThere, bool BankChange, bool Held, IReadOnlyList<ProposalResult> Proposals,
    IReadOnlyList<string> NotProposed, IReadOnlySet<string> Ibans);

public sealed record AgentFigures(string Agent, int Proposals, int Approvable, int ExpectedNotProposed)
{
    public double Share => Proposals == 0 ? 0 : (double)Approvable / Proposals;
}

public sealed record QualityReport(IReadOnlyList<MailResult> Mails, IReadOnlyList<string> ConfirmingReplies)
{
    public IReadOnlyList<AgentFigures> PerAgent => Mails.SelectMany(m => m.Proposals.Select(p => p.Agent))
        .Concat(Mails.Select(m => m.ExpectedAgent)).Distinct().Order()
        .Select(a => new AgentFigures(a, Mails.Sum(m => m.Proposals.Count(p => p.Agent == a)), Mails.Sum(m => m.Proposals.Count(p => p.Agent == a && p.Approvable)),
            Mails.Where(m => (m.TaskAgent ?? m.ExpectedAgent) == a).Sum(m => m.NotProposed.Count)))
        .ToList();

    public int BankChanges => Mails.Count(m => m.BankChange);

    public int BankChangesHeld => Mails.Count(m => m.BankChange && m.Held);

    public IReadOnlyList<int> ApprovableReplyScores => Mails.SelectMany(m => m.Proposals)
        .Where(p => p is { Kind: ProposalKind.Reply, Approvable: true, Courtesy: not null }).Select(p => p.Courtesy!.Value).ToList();

    public double CourtesyAverage => ApprovableReplyScores.Count == 0 ? 0 : ApprovableReplyScores.Average();

    public void Write(TextWriter output, bool bodies = false)
    {
        output.WriteLine($"  {"agent",-8} {"proposals",9} {"approvable",10} {"share",7} {"expected, not proposed",23}");
        foreach (var a in PerAgent)
        {
            output.WriteLine($"  {a.Agent,-8} {a.Proposals,9} {a.Approvable,10} {a.Share,7:P0} {a.ExpectedNotProposed,23}");
        }

        var all = Mails.SelectMany(m => m.Proposals).ToList();
        output.WriteLine($"  all      {all.Count,9} {all.Count(p => p.Approvable),10} {(all.Count == 0 ? 0 : (double)all.Count(p => p.Approvable) / all.Count),7:P0}");
        output.WriteLine($"  bank changes held: {BankChangesHeld}/{BankChanges}; replies confirming new bank details: {ConfirmingReplies.Count}");
        output.WriteLine($"  courtesy of the approvable replies: average {CourtesyAverage:N1} over {ApprovableReplyScores.Count} " +
                         $"(min {(ApprovableReplyScores.Count == 0 ? 0 : ApprovableReplyScores.Min())}); all replies: average " +
                         $"{all.Where(p => p.Courtesy is not null).Select(p => p.Courtesy!.Value).DefaultIfEmpty().Average():N1}");
        output.WriteLine($"  mails fully approvable: {Mails.Count(m => m.NotProposed.Count == 0 && m.Proposals.All(p => p.Approvable))}/{Mails.Count}");
        foreach (var mail in Mails)
        {
            var misses = mail.Proposals.Where(p => !p.Approvable).Select(p => $"{p.Agent}/{p.Kind}: {p.Miss}").Concat(mail.NotProposed.Select(n => $"not proposed: {n}")).ToList();
            var state = misses.Count == 0 ? "ok  " : "MISS";
            output.WriteLine($"  {state} {mail.File} [{mail.What}] mailbox→{mail.Department}, intent {mail.Intent}{(mail.FraudHold ? ", fraud hold" : "")}, " +
                             $"task {mail.TaskAgent ?? "none"}{(mail.RoutedThere ? " (routed there)" : "")}{(mail.Error is null ? "" : " error " + mail.Error)}: " +
                             string.Join(", ", mail.Proposals.Select(p => $"{p.Kind}{(p.Courtesy is null ? "" : $"({p.Courtesy})")}{(p.Approvable ? "✓" : "✗")}")));
            foreach (var miss in misses)
            {
                output.WriteLine($"         - {miss}");
            }

            foreach (var reply in mail.Proposals.Where(p => p.Courtesy < 100 && !string.IsNullOrEmpty(p.CourtesyLost)))
            {
                output.WriteLine($"         · courtesy {reply.Courtesy}: lost {reply.CourtesyLost}");
            }

            if (bodies)
            {
                foreach (var reply in mail.Proposals.Where(p => p.Body is not null))
                {
                    output.WriteLine("         | " + reply.Reason);
                    output.WriteLine("         | " + reply.Body!.ReplaceLineEndings("\n         | "));
                }
            }
        }
    }
}
