namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>What the server said to one RCPT TO.</summary>
public sealed record SmtpRecipientResult(string Address, bool Accepted, int Code, string Text);
