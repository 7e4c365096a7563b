using MailKit.Security;

namespace HappyButtons.Engine.Mail.Tls;

/// <summary>How a mail connection is secured: TLS from the first byte, STARTTLS (required, never optional), or not at all.</summary>
public enum MailSecurity { Tls, StartTls, None }

public static class MailSecurityExtensions
{
    public static SecureSocketOptions ToSocketOptions(this MailSecurity security) => security switch
    {
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    /// <summary>The setting as stored or configured ("tls", "StartTls", …); <paramref name="fallback"/> when missing or unknown.</summary>
    public static MailSecurity Parse(string? value, MailSecurity fallback) =>
        Enum.TryParse<MailSecurity>(value, ignoreCase: true, out var security) ? security : fallback;

    public static bool IsValid(string? value) => Enum.TryParse<MailSecurity>(value, ignoreCase: true, out _);
}
