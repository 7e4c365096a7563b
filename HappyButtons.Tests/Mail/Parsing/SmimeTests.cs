using System.Text;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

/// <summary>Automotive OEMs sign (and sometimes encrypt) their mail with S/MIME; the message page shows what the signature says.</summary>
public sealed class SmimeTests : IDisposable
{
    private const string Order = "Bitte liefern Sie 5000 Stück HB-2040 bis KW 12.";
    private readonly SmimeMail _smime = new();

    public void Dispose() => _smime.Dispose();

    private MailParser Trusting() => new(new SmimeVerifier([_smime.CaPemPath]));

    [Fact]
    public void ASignedMail_FromACertificateOfATrustedCa_IsValid_NamesTheSigner_AndTheSignatureIsNoAttachment()
    {
        var mail = Trusting().Parse(_smime.Signed(Order));

        Assert.Equal(SignatureState.Valid, mail.Signature.State);
        Assert.Equal(SmimeMail.Buyer, mail.Signature.Signer);
        Assert.Equal(Order, mail.TextBody);
        Assert.Empty(mail.Attachments);
        Assert.Null(mail.ReviewReason);
    }

    [Fact]
    public void ASignedMail_ChangedAfterSigning_IsInvalid()
    {
        var raw = Encoding.ASCII.GetString(_smime.Signed(Order)).Replace("5000", "9000", StringComparison.Ordinal);

        var mail = Trusting().Parse(Encoding.ASCII.GetBytes(raw));

        Assert.Equal(SignatureState.Invalid, mail.Signature.State);
        Assert.Contains("9000", mail.TextBody);
        Assert.Contains("does not match", mail.Signature.Detail);
    }

    [Fact]
    public void ASignedMail_FromACaWeDoNotTrust_IsFromAnUnknownSigner()
    {
        var mail = new MailParser(new SmimeVerifier([])).Parse(_smime.Signed(Order));

        Assert.Equal(SignatureState.UnknownSigner, mail.Signature.State);
        Assert.Equal(SmimeMail.Buyer, mail.Signature.Signer);
        Assert.Contains("not trusted", mail.Signature.Detail);
    }

    [Fact]
    public void AnOpaqueSignedMail_IsUnwrapped_SoItsTextIsRead_AndItsSignatureChecked()
    {
        var mail = Trusting().Parse(_smime.OpaqueSigned(Order));

        Assert.Equal(Order, mail.TextBody);
        Assert.Equal(Order, mail.BodyText.Full);
        Assert.Equal(SignatureState.Valid, mail.Signature.State);
        Assert.Empty(mail.Attachments);
    }

    [Fact]
    public void AnEncryptedMail_IsKeptAsItsP7mFile_AndFlaggedForAPerson()
    {
        var mail = Trusting().Parse(_smime.Encrypted(Order));

        Assert.Equal("", mail.BodyText.Full);
        Assert.Equal("smime.p7m", Assert.Single(mail.Attachments).FileName);
        Assert.Contains("encrypted with S/MIME", mail.ReviewReason);
    }
}
