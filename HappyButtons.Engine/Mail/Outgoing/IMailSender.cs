namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>Who the message goes to on the wire; independent of the To/Cc headers (Bcc recipients are only here).</summary>
public sealed record MailEnvelope(string From, IReadOnlyList<string> Recipients);

/// <summary>What the transport reported: where it went and, for SMTP, the server's reply.</summary>
public sealed record MailSendReceipt(string Transport, string Detail);

/// <summary>
/// Hands a composed message to the outside world: the SMTP server when <c>HappyButtons:Smtp</c> is configured,
/// otherwise the pickup folder. Failures throw; a <see cref="MailSendException"/> says whether retrying can help.
/// Callers normally do not call this directly but queue the mail in the outbox (<see cref="MailOutbox"/>), whose Hangfire job delivers it.
/// </summary>
public interface IMailSender
{
    /// <summary>"smtp" or "pickup".</summary>
    string Transport { get; }

    Task<MailSendReceipt> SendAsync(ReadOnlyMemory<byte> rawMessage, MailEnvelope envelope, CancellationToken cancellationToken);
}

public static class MailSenderExtensions
{
    /// <summary>Composes <paramref name="message"/> (MIME) and sends it; the envelope defaults to From and To/Cc/Bcc.</summary>
    public static Task<MailSendReceipt> SendAsync(this IMailSender sender, OutgoingMessage message, MailEnvelope? envelope, TimeProvider clock, CancellationToken cancellationToken) =>
        sender.SendAsync(MailComposer.ToBytes(message, clock), envelope ?? MailOutbox.EnvelopeOf(message), cancellationToken);
}
