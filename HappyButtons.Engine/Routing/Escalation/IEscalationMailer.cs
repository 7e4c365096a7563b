using HappyButtons.Engine.Mail.Outgoing;

namespace HappyButtons.Engine.Routing.Escalation;

/// <summary>Sends escalation notices.</summary>
public interface IEscalationMailer
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// Queues escalation notices in the durable outbox: the outbox's delivery job (<c>OutgoingMailDelivery</c>) delivers them over SMTP when one is
/// configured, else as .eml files in <c>&lt;data&gt;/outbox</c>, with retries for transient failures.
/// </summary>
public sealed class OutboxEscalationMailer(MailOutbox outbox) : IEscalationMailer
{
    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        outbox.QueueAsync(message, mailbox: null, cancellationToken);
}
