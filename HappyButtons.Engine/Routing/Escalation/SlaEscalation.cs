using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake;
using Hangfire;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mime;
using EmailAddress = HappyButtons.Engine.Mail.Mime.EmailAddress;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Routing.Escalation;

/// <summary>
/// The recurring <c>sla-escalation</c> job (every minute): a message past its first-response due time that is neither
/// archived nor escalated yet gets a higher priority and an escalation record (the workspace updates live);
/// then every recorded notice not yet sent goes to the rules' escalation contacts. Each message is escalated once.
/// </summary>
public sealed class SlaEscalation(
    IDbConnectionFactory connections,
    IEscalationMailer mailer,
    EventHub events,
    TimeProvider clock,
    ILogger<SlaEscalation> logger)
{
    public const string RecurringId = "sla-escalation";
    public const string From = "noreply@happybuttons.de";

    private static readonly SemaphoreSlim RunGate = new(1, 1);

    [JobName("SLA-Eskalation", "SLA escalation")]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => EscalateDueAsync(clock.GetUtcNow(), cancellationToken);

    /// <summary>Escalates every message due before <paramref name="now"/>, then sends the notices not sent yet; returns how many were escalated.</summary>
    public async Task<int> EscalateDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One run at a time in this process: two overlapping runs would both send the same pending notice.
        await RunGate.WaitAsync(cancellationToken);
        try
        {
            var escalated = await RecordDueAsync(now, cancellationToken);
            await SendPendingNoticesAsync(now, cancellationToken);
            return escalated;
        }
        finally
        {
            RunGate.Release();
        }
    }

    private async Task<int> RecordDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var due = (await connection.QueryAsync<MessageRow>(new CommandDefinition(
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

                // Without contacts there is nothing to send: the escalation is complete at once.
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO escalations (message_id, at, recipients, priority_before, priority_after, reason, notified_at) " +
                    "VALUES (@Id, @Now, @Recipients, @Before, @After, @Reason, @NotifiedAt)",
                    new
                    {
                        Id = message.id, Now = now.ToUnixTimeMilliseconds(), Recipients = JsonSerializer.Serialize(recipients), Before = message.priority,
                        After = raised, Reason = reason, NotifiedAt = recipients.Count == 0 ? now.ToUnixTimeMilliseconds() : (long?)null,
                    },
                    transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
            }

            var department = message.department ?? message.mailbox;
            events.Publish(new MessageChanged(message.id, department));
            logger.LogWarning("Escalated message {MessageId} in {Department}: {Reason}; {Count} contact(s) to notify", message.id, department, reason, recipients.Count);
            escalated++;
        }

        return escalated;
    }

    /// <summary>
    /// Sends every recorded notice that has not gone out yet. A failed send fails the job and is retried on the next
    /// run; a crash between sending and recording sends that one notice twice rather than never.
    /// </summary>
    private async Task SendPendingNoticesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var pending = (await connection.QueryAsync<PendingNotice>(new CommandDefinition(
            "SELECT e.id AS escalation_id, e.recipients, e.priority_after, e.reason, m.id, m.mailbox, m.department, m.subject, m.from_address, m.rule_name " +
            "FROM escalations e JOIN messages m ON m.id = e.message_id WHERE e.notified_at IS NULL ORDER BY e.id LIMIT 200",
            cancellationToken: cancellationToken))).ToList();
        foreach (var notice in pending)
        {
            var recipients = JsonSerializer.Deserialize<List<string>>(notice.recipients) ?? [];
            await mailer.SendAsync(Notice(notice, recipients), cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE escalations SET notified_at = @Now WHERE id = @Id", new { Id = notice.escalation_id, Now = now.ToUnixTimeMilliseconds() },
                cancellationToken: cancellationToken));
        }
    }

    private static string Raise(string? priority) =>
        TaxonomyNames.TryParseUrgency(priority, out var urgency) && urgency < Urgency.Critical ? (urgency + 1).ToApiName() : Urgency.Critical.ToApiName();

    private static OutgoingMessage Notice(PendingNotice n, IReadOnlyList<string> recipients) => new()
    {
        From = new EmailAddress("Happy Buttons", From),
        To = recipients.Select(r => new EmailAddress(null, r)).ToList(),
        Subject = $"[SLA-Eskalation] {n.subject ?? "(ohne Betreff)"}",
        TextBody =
            $"Die Erstreaktion auf Nachricht {n.id} ist überfällig: {n.reason}.\r\n" +
            $"Von: {n.from_address}\r\nBetreff: {n.subject}\r\nAbteilung: {n.department ?? n.mailbox}\r\n" +
            $"Regel: {n.rule_name}\r\nNeue Priorität: {n.priority_after}\r\n\r\n" +
            $"The first response to message {n.id} is overdue: {n.reason}. Priority raised to {n.priority_after}.\r\n",
    };

    private sealed class MessageRow
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

    private sealed class PendingNotice
    {
        public long escalation_id { get; set; }
        public string recipients { get; set; } = "[]";
        public string? priority_after { get; set; }
        public string reason { get; set; } = "";
        public long id { get; set; }
        public string mailbox { get; set; } = "";
        public string? department { get; set; }
        public string? subject { get; set; }
        public string? from_address { get; set; }
        public string? rule_name { get; set; }
    }
}
