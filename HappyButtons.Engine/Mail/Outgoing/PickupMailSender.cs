using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>The default transport: writes each message as an .eml file to <c>&lt;data&gt;/outbox</c> for another program to pick up.</summary>
public sealed class PickupMailSender(DataDirectory dataDirectory, TimeProvider clock) : IMailSender
{
    private readonly PickupSender _pickup = new(dataDirectory.PathFor("outbox"), clock);

    public string Transport => "pickup";

    public async Task<MailSendReceipt> SendAsync(ReadOnlyMemory<byte> rawMessage, MailEnvelope envelope, CancellationToken cancellationToken)
    {
        var path = await _pickup.WriteAsync(rawMessage, cancellationToken);
        return new MailSendReceipt(Transport, path);
    }
}
