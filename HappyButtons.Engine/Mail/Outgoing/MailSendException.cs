namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>Whether sending again later can help: a temporary refusal or a connection problem, or a permanent refusal.</summary>
public enum MailSendFailure { Transient, Permanent }

/// <summary>A message was not sent. <see cref="Kind"/> tells the delivery job (<see cref="OutgoingMailDelivery"/>) to retry or to give up with the server's reply.</summary>
public sealed class MailSendException(MailSendFailure kind, string message, Exception? innerException = null) : Exception(message, innerException)
{
    public MailSendFailure Kind { get; } = kind;
}
