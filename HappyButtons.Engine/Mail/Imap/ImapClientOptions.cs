namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Where and how to connect. Times are per network operation, not per session.</summary>
public sealed record ImapClientOptions
{
    public required string Host { get; init; }

    public int Port { get; init; } = 993;

    public ImapSecurity Security { get; init; } = ImapSecurity.Tls;

    /// <summary>Hex SHA-256 of the server's leaf certificate, trusted even when it is self-signed.</summary>
    public string? PinnedCertificateSha256 { get; init; }

    /// <summary>Longest wait for any single server response before the connection is considered dead.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
}
