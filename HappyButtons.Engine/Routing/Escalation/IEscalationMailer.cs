using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Mime;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Routing.Escalation;

/// <summary>Sends escalation notices. Swap for the SMTP-backed mail sender once it exists.</summary>
public interface IEscalationMailer
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

/// <summary>Writes escalation notices as .eml files to <c>&lt;data&gt;/outbox</c>.</summary>
public sealed class PickupEscalationMailer(DataDirectory dataDirectory, TimeProvider clock) : IEscalationMailer
{
    private readonly PickupSender _sender = new(dataDirectory.PathFor("outbox"), clock);

    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken) => _sender.SendAsync(message, cancellationToken);
}
