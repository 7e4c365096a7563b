namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>A message accepted for delivery to at least one recipient; rejected recipients are listed too.</summary>
public sealed record SmtpSendResult(IReadOnlyList<SmtpRecipientResult> Recipients, SmtpReply DataReply)
{
    public IEnumerable<SmtpRecipientResult> Rejected => Recipients.Where(r => !r.Accepted);
}
