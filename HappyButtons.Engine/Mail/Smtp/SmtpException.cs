namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>Submission failed. <see cref="Kind"/> tells the job engine whether to retry.</summary>
public sealed class SmtpException : Exception
{
    public SmtpException(SmtpFailureKind kind, string message, SmtpReply? reply = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Reply = reply;
    }

    public SmtpFailureKind Kind { get; }

    /// <summary>The server's reply that caused the failure; null for connection loss, timeouts and local refusals.</summary>
    public SmtpReply? Reply { get; }

    /// <summary>Per-recipient outcomes when the failure came after RCPT TO (for example every recipient was rejected).</summary>
    public IReadOnlyList<SmtpRecipientResult> Recipients { get; init; } = [];

    public static SmtpException FromReply(string context, SmtpReply reply) =>
        new(reply.Code is >= 400 and < 500 ? SmtpFailureKind.Transient : SmtpFailureKind.Permanent,
            $"SMTP {context} failed: {reply}", reply);
}
