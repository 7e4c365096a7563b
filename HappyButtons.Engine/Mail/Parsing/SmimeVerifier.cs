using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.X509;

namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// Verifies S/MIME signatures (multipart/signed and opaque application/pkcs7-mime signed-data) with MimeKit's
/// BouncyCastle context. A signature is <see cref="SignatureState.Valid"/> when it matches the content and the signer's
/// certificate chains to a trusted root, <see cref="SignatureState.UnknownSigner"/> when it matches but the certificate
/// is missing or not trusted, and <see cref="SignatureState.Invalid"/> when the content was changed or the signature is
/// broken. Trusted roots: the system's CA bundle and an optional PEM file of the company's own (OEM partner CAs).
/// </summary>
public sealed class SmimeVerifier
{
    public const string SystemBundle = "/etc/ssl/certs/ca-certificates.crt";

    private readonly Lazy<IReadOnlyList<X509Certificate>> _anchors;

    public SmimeVerifier(IEnumerable<string> trustedCertificateFiles)
    {
        var files = trustedCertificateFiles.ToList();
        _anchors = new Lazy<IReadOnlyList<X509Certificate>>(() => Load(files));
    }

    /// <summary>Trusts only the system's CA bundle.</summary>
    public static SmimeVerifier Default { get; } = new([SystemBundle]);

    public MailSignature Verify(MultipartSigned signed)
    {
        using var context = Context();
        try
        {
            return Judge(signed.Verify(context));
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or InvalidOperationException or ArgumentException
                                   or Org.BouncyCastle.Cms.CmsException or Org.BouncyCastle.Security.GeneralSecurityException or IOException)
        {
            return new MailSignature(SignatureState.Invalid, Detail: $"The signature cannot be read: {ex.Message}");
        }
    }

    /// <summary>
    /// Verifies opaque signed data (or decompresses compressed data) and returns the content inside (the caller disposes
    /// it), or null when it cannot be read.
    /// </summary>
    public (MailSignature Signature, MimeEntity? Content) Unwrap(ApplicationPkcs7Mime signed)
    {
        using var context = Context();
        try
        {
            if (signed.SecureMimeType == SecureMimeType.CompressedData)
            {
                return (MailSignature.None, signed.Decompress(context));
            }

            var signatures = signed.Verify(context, out var content);
            return (Judge(signatures), content);
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or InvalidOperationException or ArgumentException
                                   or Org.BouncyCastle.Cms.CmsException or Org.BouncyCastle.Security.GeneralSecurityException or IOException)
        {
            return (new MailSignature(SignatureState.Invalid, Detail: $"The signed data cannot be read: {ex.Message}"), null);
        }
    }

    private TemporarySecureMimeContext Context()
    {
        var context = new TemporarySecureMimeContext();
        foreach (var anchor in _anchors.Value)
        {
            context.Import(anchor);
        }

        return context;
    }

    /// <summary>All signatures valid → valid; any broken → invalid; otherwise the signer is not known to us.</summary>
    private static MailSignature Judge(DigitalSignatureCollection signatures)
    {
        if (signatures.Count == 0)
        {
            return new MailSignature(SignatureState.Invalid, Detail: "The signed part carries no signature.");
        }

        var results = signatures.Select(Judge).ToList();
        return results.FirstOrDefault(r => r.State == SignatureState.Invalid)
               ?? results.FirstOrDefault(r => r.State == SignatureState.UnknownSigner)
               ?? results[0];
    }

    private static MailSignature Judge(IDigitalSignature signature)
    {
        var certificate = signature.SignerCertificate;
        var signer = certificate is null ? null : string.IsNullOrWhiteSpace(certificate.Email) ? certificate.Name : certificate.Email;
        if (certificate is null)
        {
            return new MailSignature(SignatureState.UnknownSigner, null, "The signer's certificate is not included in the message.");
        }

        try
        {
            signature.Verify(verifySignatureOnly: true);
        }
        catch (DigitalSignatureVerifyException ex)
        {
            return new MailSignature(SignatureState.Invalid, signer, $"The content does not match the signature: {ex.Message}");
        }

        try
        {
            signature.Verify();
            return new MailSignature(SignatureState.Valid, signer);
        }
        catch (DigitalSignatureVerifyException ex)
        {
            return new MailSignature(SignatureState.UnknownSigner, signer, $"The signer's certificate is not trusted: {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    private static IReadOnlyList<X509Certificate> Load(IEnumerable<string> files)
    {
        var parser = new X509CertificateParser();
        var certificates = new List<X509Certificate>();
        foreach (var file in files.Where(File.Exists))
        {
            using var stream = File.OpenRead(file);
            certificates.AddRange(parser.ReadCertificates(stream));
        }

        return certificates;
    }
}
