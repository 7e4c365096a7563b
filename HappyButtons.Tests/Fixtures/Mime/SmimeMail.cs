using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using MimeKit.Cryptography;
using X509KeyUsageFlags = System.Security.Cryptography.X509Certificates.X509KeyUsageFlags;

namespace HappyButtons.Tests.Fixtures.Mime;

/// <summary>
/// An OEM's S/MIME setup made on the spot: a company CA and a buyer's certificate it issued, and mail signed (detached or
/// opaque) or encrypted with them by MimeKit, as the OEM's mail client would send it.
/// </summary>
public sealed class SmimeMail : IDisposable
{
    public const string Buyer = "einkauf@autowerk-sued.de";

    public SmimeMail()
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Autowerk Sued Issuing CA, O=Autowerk Sued AG", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

        using var buyerKey = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Jonas Keller, E={Buyer}", buyerKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.4")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddEmailAddress(Buyer);
        request.CertificateExtensions.Add(names.Build());
        using var issued = request.Create(Ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMonths(6), RandomNumberGenerator.GetBytes(8));
        Signer = issued.CopyWithPrivateKey(buyerKey);
        CaPemPath = Path.Combine(Path.GetTempPath(), $"hb-smime-ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(CaPemPath, Ca.ExportCertificatePem());
    }

    public X509Certificate2 Ca { get; }

    public X509Certificate2 Signer { get; }

    /// <summary>The CA certificate as a PEM file, to configure as a trusted root.</summary>
    public string CaPemPath { get; }

    /// <summary>multipart/signed with an application/pkcs7-signature part, as Outlook and Thunderbird send it.</summary>
    public byte[] Signed(string text) => Write(context => MultipartSigned.Create(context, new CmsSigner(Signer) { DigestAlgorithm = DigestAlgorithm.Sha256 }, Body(text)));

    /// <summary>application/pkcs7-mime; smime-type=signed-data (smime.p7m): the text is inside the signature.</summary>
    public byte[] OpaqueSigned(string text) => Write(context => ApplicationPkcs7Mime.Sign(context, new CmsSigner(Signer) { DigestAlgorithm = DigestAlgorithm.Sha256 }, Body(text)));

    /// <summary>application/pkcs7-mime; smime-type=enveloped-data, for the buyer's own certificate.</summary>
    public byte[] Encrypted(string text) => Write(context => ApplicationPkcs7Mime.Encrypt(context, new CmsRecipientCollection { new CmsRecipient(Signer) }, Body(text)));

    private static TextPart Body(string text) => new("plain") { Text = text };

    private static byte[] Write(Func<SecureMimeContext, MimeEntity> body)
    {
        using var context = new TemporarySecureMimeContext();
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Jonas Keller", Buyer));
        message.To.Add(new MailboxAddress("Vertrieb", "sales@happybuttons.de"));
        message.Subject = "Lieferabruf 4500012345";
        message.MessageId = $"{Guid.NewGuid():N}@autowerk-sued.de";
        message.Body = body(context);
        using var output = new MemoryStream();
        message.WriteTo(output);
        return output.ToArray();
    }

    public void Dispose()
    {
        File.Delete(CaPemPath);
        Ca.Dispose();
        Signer.Dispose();
    }
}
