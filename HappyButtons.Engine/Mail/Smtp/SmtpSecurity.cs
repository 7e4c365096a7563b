namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>How the submission connection is protected. <see cref="None"/> must be chosen explicitly.</summary>
public enum SmtpSecurity
{
    /// <summary>Implicit TLS from the first byte (port 465).</summary>
    Tls,

    /// <summary>Plain connect, then STARTTLS before anything else (port 587); fails when not offered.</summary>
    StartTls,

    /// <summary>No encryption. Only for loopback tests and trusted relays.</summary>
    None,
}
