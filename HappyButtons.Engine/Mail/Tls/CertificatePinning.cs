using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HappyButtons.Engine.Mail.Tls;

/// <summary>
/// Server certificate policy shared by the IMAP and SMTP clients: a certificate is accepted when
/// normal chain and name validation passes, or when its leaf SHA-256 thumbprint equals the pin an
/// operator configured (for self-signed servers). Validation is never switched off.
/// </summary>
public sealed class CertificatePinning
{
    private readonly string? _pinnedSha256;

    public CertificatePinning(string? pinnedSha256)
    {
        _pinnedSha256 = string.IsNullOrWhiteSpace(pinnedSha256) ? null : Normalize(pinnedSha256);
        if (_pinnedSha256 is not null && _pinnedSha256.Length != 64)
        {
            throw new ArgumentException("A pinned certificate thumbprint must be 64 hex digits (SHA-256 of the leaf certificate).", nameof(pinnedSha256));
        }
    }

    /// <summary>Why the last certificate was rejected, in words an operator can act on; null when accepted.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>The SHA-256 thumbprint (upper-case hex) of the last certificate the server presented.</summary>
    public string? PresentedSha256 { get; private set; }

    public static string Sha256Thumbprint(X509Certificate certificate) =>
        Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            RejectionReason = "the server presented no certificate";
            return false;
        }

        PresentedSha256 = Sha256Thumbprint(certificate);
        if (errors == SslPolicyErrors.None)
        {
            RejectionReason = null;
            return true;
        }

        if (_pinnedSha256 is not null && CryptographicOperations.FixedTimeEquals(
                Convert.FromHexString(_pinnedSha256), Convert.FromHexString(PresentedSha256)))
        {
            RejectionReason = null;
            return true;
        }

        RejectionReason = _pinnedSha256 is null
            ? $"certificate validation failed ({errors}) and no thumbprint is pinned; the server's SHA-256 thumbprint is {PresentedSha256}"
            : $"certificate validation failed ({errors}) and the server's SHA-256 thumbprint {PresentedSha256} does not match the pinned {_pinnedSha256}";
        return false;
    }

    private static string Normalize(string hex) =>
        new string(hex.Where(Uri.IsHexDigit).ToArray()).ToUpperInvariant();
}
