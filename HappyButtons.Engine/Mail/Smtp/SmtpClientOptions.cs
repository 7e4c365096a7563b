namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>Where and how to connect for submission.</summary>
public sealed record SmtpClientOptions
{
    public required string Host { get; init; }

    public int Port { get; init; } = 587;

    public SmtpSecurity Security { get; init; } = SmtpSecurity.StartTls;

    /// <summary>Hex SHA-256 of the server's leaf certificate, trusted even when it is self-signed.</summary>
    public string? PinnedCertificateSha256 { get; init; }

    /// <summary>The name we announce in EHLO/HELO.</summary>
    public string ClientName { get; init; } = "localhost";

    /// <summary>Longest silence allowed: restarts with every command and every chunk of message data sent.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
}
