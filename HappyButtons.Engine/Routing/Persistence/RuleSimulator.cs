using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Mail.Parsing;

namespace HappyButtons.Engine.Routing.Persistence;

/// <summary>A simulated intake run: the mail as the intake saw it and everything it decided.</summary>
public sealed record Simulation(IntakeMessage Message, IntakeResult Result, bool UsedDraftRule);

/// <summary>
/// Runs the whole intake (enrichment, classification, rules, SLA) on a pasted raw mail or a stored message
/// without storing anything; optionally with a draft rule in place of (or in addition to) the stored one.
/// </summary>
public sealed class RuleSimulator(IntakeStep intake, RoutingRuleStore rules, MessageQueries queries, MailParser parser, TimeProvider clock)
{
    public async Task<Simulation> SimulateRawAsync(string rawMail, string mailbox, RoutingRule? draft, string? replacesId, CancellationToken cancellationToken)
    {
        var mail = parser.Parse(System.Text.Encoding.UTF8.GetBytes(rawMail.Replace("\r\n", "\n").Replace("\n", "\r\n")));
        var attachments = mail.Attachments.Where(a => !a.IsInline)
            .Select(a => new IntakeAttachment(a.SafeFileName, a.ContentType, a.Size,
                a.Text ?? (a.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? System.Text.Encoding.UTF8.GetString(a.Content) : null)))
            .ToList();
        var message = IntakeMessageMapper.FromParsed(mailbox, mail, attachments, mail.Date ?? clock.GetUtcNow());
        return await SimulateAsync(message, draft, replacesId, cancellationToken);
    }

    public async Task<Simulation?> SimulateStoredAsync(long messageId, RoutingRule? draft, string? replacesId, CancellationToken cancellationToken)
    {
        var stored = await queries.GetAsync(messageId, cancellationToken);
        return stored is null ? null : await SimulateAsync(IntakeMessageMapper.FromStored(stored), draft, replacesId, cancellationToken);
    }

    private async Task<Simulation> SimulateAsync(IntakeMessage message, RoutingRule? draft, string? replacesId, CancellationToken cancellationToken)
    {
        var evaluator = await rules.EvaluatorAsync(cancellationToken);
        if (draft is not null)
        {
            var current = await rules.ListAsync(cancellationToken);
            evaluator = new RoutingEvaluator(current.Where(r => !r.Id.Equals(replacesId ?? draft.Id, StringComparison.OrdinalIgnoreCase)).Append(draft));
        }

        return new Simulation(message, await intake.RunAsync(message, evaluator, cancellationToken), draft is not null);
    }
}
