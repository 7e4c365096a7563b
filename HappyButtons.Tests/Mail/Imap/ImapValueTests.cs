using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HappyButtons.Engine.Mail.Imap;
using HappyButtons.Engine.Mail.Tls;

namespace HappyButtons.Tests.Mail.Imap;

public sealed class ImapValueTests
{
    [Fact]
    public void UidSet_CompactsRanges_InAscendingOrder() =>
        Assert.Equal("1:3,5,9:10", ImapUidSet.Of([10, 2, 1, 3, 5, 9, 2]).ToString());

    [Fact]
    public void UidSet_From_IsOpenEnded() => Assert.Equal("7:*", ImapUidSet.From(7).ToString());

    [Fact]
    public void FolderName_IsEncodedAsModifiedUtf7() =>
        Assert.Equal("Entw&APw-rfe &- Sp&AOQ-ter", ImapFolderName.Encode("Entwürfe & Später"));

    [Theory]
    [InlineData("Entwürfe & Später")]
    [InlineData("日本語/フォルダ")]
    [InlineData("plain")]
    public void FolderName_DecodesWhatItEncodes(string name) =>
        Assert.Equal(name, ImapFolderName.Decode(ImapFolderName.Encode(name)));

    [Fact]
    public void DateTime_RoundTripsThroughTheImapFormat()
    {
        var value = new DateTimeOffset(2026, 11, 5, 23, 59, 1, TimeSpan.FromMinutes(-330));

        Assert.Equal("05-Nov-2026 23:59:01 -0530", ImapSyntax.FormatDateTime(value));
        Assert.Equal(value, ImapSyntax.ParseDateTime(ImapSyntax.FormatDateTime(value)));
    }

    [Fact]
    public void Pinning_AcceptsASelfSignedCertificate_OnlyWhenTheThumbprintMatches()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=mail.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var thumbprint = CertificatePinning.Sha256Thumbprint(certificate);
        var colonSeparated = string.Join(':', thumbprint.Chunk(2).Select(c => new string(c))).ToLowerInvariant();

        var pinned = new CertificatePinning(colonSeparated);
        var wrong = new CertificatePinning(new string('A', 64));
        var none = new CertificatePinning(null);
        const System.Net.Security.SslPolicyErrors untrusted = System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors;

        Assert.True(pinned.Validate(this, certificate, null, untrusted));
        Assert.False(wrong.Validate(this, certificate, null, untrusted));
        Assert.Contains("does not match", wrong.RejectionReason);
        Assert.False(none.Validate(this, certificate, null, untrusted));
        Assert.Contains(thumbprint, none.RejectionReason);
    }
}
