namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>Whether retrying later can succeed: the job engine retries Transient and gives up on Permanent.</summary>
public enum SmtpFailureKind
{
    /// <summary>4xx reply, connection lost, or timeout.</summary>
    Transient,

    /// <summary>5xx reply, message too big, TLS or capability mismatch.</summary>
    Permanent,
}
