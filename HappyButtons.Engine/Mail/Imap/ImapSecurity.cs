namespace HappyButtons.Engine.Mail.Imap;

/// <summary>How the connection is protected. <see cref="None"/> sends the password in clear text and must be chosen explicitly.</summary>
public enum ImapSecurity
{
    /// <summary>Implicit TLS from the first byte (port 993).</summary>
    Tls,

    /// <summary>Plain connect, then STARTTLS before authentication (port 143); fails when the server does not offer it.</summary>
    StartTls,

    /// <summary>No encryption. Only for loopback tests and trusted networks.</summary>
    None,
}
