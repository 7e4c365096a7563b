using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mime;
using EmailAddress = HappyButtons.Engine.Mail.Mime.EmailAddress;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Routing.Escalation;

public sealed record SlaEscalationPayload;

/// <summary>
/// The <c>sla.escalate</c> job (every minute): a message past its first-response due time that is neither
/// archived nor escalated yet gets a higher priority, an escalation record and a notice to the rule's
/// escalation contacts; the workspace updates live. Each message is escalated once.
/// </summary>
public sealed class SlaEscalation(
    IDbConnectionFactory connections,
    IEscalationMailer mailer,
    EventHub events,
    TimeProvider clock,
    ILogger<SlaEscalation> logger) : IJobHandler<SlaEscalationPayload>
{
    public const string Kind = "sla.escalate";
    public const string RecurringName = "sla.escalate";
    public const string From = "noreply@happybuttons.de";

    public async Task HandleAsync(SlaEscalationPayload payload, JobContext context, CancellationToken cancellationToken) =>
        await EscalateDueAsync(clock.GetUtcNow(), cancellationToken);

    /// <summary>Escalates every message due before <paramref name="now"/>; returns how many.</summary>
    public async Task<int> EscalateDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var due = (await connection.QueryAsync<DueRow>(new CommandDefinition(
            "SELECT id, mailbox, department, subject, from_address, priority, sla_policy, sla_due_at, rule_name, escalate_to FROM messages " +
            "WHERE escalated_at IS NULL AND archived = 0 AND sla_due_at IS NOT NULL AND sla_due_at <= @Now AND status IN ('processed', 'needs_review') " +
            "ORDER BY sla_due_at LIMIT 200",
            new { Now = now.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken))).ToList();

        var escalated = 0;
        foreach (var message in due)
        {
            var raised = Raise(message.priority);
            var recipients = JsonSerializer.Deserialize<List<string>>(message.escalate_to ?? "[]") ?? [];
            var reason = $"first response was due {DateTimeOffset.FromUnixTimeMilliseconds(message.sla_due_at):yyyy-MM-dd HH:mm} UTC (SLA {message.sla_policy})";
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                var claimed = await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE messages SET priority = @Priority, escalated_at = @Now, updated_at = @Now WHERE id = @Id AND escalated_at IS NULL",
                    new { Id = message.id, Priority = raised, Now = now.ToUnixTimeMilliseconds() }, transaction, cancellationToken: cancellationToken));
                if (claimed == 0)
                {
                    continue;
                }

                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO escalations (message_id, at, recipients, priority_before, priority_after, reason) VALUES (@Id, @Now, @Recipients, @Before, @After, @Reason)",
                    new { Id = message.id, Now = now.ToUnixTimeMilliseconds(), Recipients = JsonSerializer.Serialize(recipients), Before = message.priority, After = raised, Reason = reason },
                    transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
            }

            if (recipients.Count > 0)
            {
                await mailer.SendAsync(Notice(message, recipients, raised, reason), cancellationToken);
            }

            var department = message.department ?? message.mailbox;
            events.Publish(new MessageChanged(message.id, department));
            logger.LogWarning("Escalated message {MessageId} in {Department}: {Reason}; notified {Count} contact(s)", message.id, department, reason, recipients.Count);
            escalated++;
        }

        return escalated;
    }

    private static string Raise(string? priority) =>
        TaxonomyNames.TryParseUrgency(priority, out var urgency) && urgency < Urgency.Critical ? (urgency + 1).ToApiName() : Urgency.Critical.ToApiName();

    private static OutgoingMessage Notice(DueRow message, IReadOnlyList<string> recipients, string priority, string reason) => new()
    {
        From = new EmailAddress("Happy Buttons", From),
        To = recipients.Select(r => new EmailAddress(null, r)).ToList(),
        Subject = $"[SLA-Eskalation] {message.subject ?? "(ohne Betreff)"}",
        TextBody =
            $"Die Erstreaktion auf Nachricht {message.id} ist überfällig: {reason}.\r\n" +
            $"Von: {message.from_address}\r\nBetreff: {message.subject}\r\nAbteilung: {message.department ?? message.mailbox}\r\n" +
            $"Regel: {message.rule_name}\r\nNeue Priorität: {priority}\r\n\r\n" +
            $"The first response to message {message.id} is overdue: {reason}. Priority raised to {priority}.\r\n",
    };

    private sealed class DueRow
    {
        public long id { get; set; }
        public string mailbox { get; set; } = "";
        public string? department { get; set; }
        public string? subject { get; set; }
        public string? from_address { get; set; }
        public string? priority { get; set; }
        public string? sla_policy { get; set; }
        public long sla_due_at { get; set; }
        public string? rule_name { get; set; }
        public string? escalate_to { get; set; }
    }
}
