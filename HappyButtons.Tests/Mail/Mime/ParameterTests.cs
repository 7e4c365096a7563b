using HappyButtons.Engine.Mail.Mime;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Mime;

public class ParameterTests
{
    private static MimeAttachment AttachmentWith(string headers) =>
        Assert.Single(Eml.Parse($"Content-Type: multipart/mixed; boundary=b\n\n--b\n\ntext\n--b\n{headers}\n\ndata\n--b--\n").Attachments);

    [Fact]
    public void Parse_ReadsRfc2231FileNameWithCharset()
    {
        Assert.Equal("Preisliste €.xlsx", AttachmentWith("Content-Type: application/octet-stream\nContent-Disposition: attachment; filename*=utf-8''Preisliste%20%E2%82%AC.xlsx").FileName);
    }

    [Fact]
    public void Parse_ReadsRfc2231ContinuationsInSectionOrder_EvenWhenListedOutOfOrder()
    {
        var attachment = AttachmentWith("Content-Type: application/pdf\nContent-Disposition: attachment;\n filename*1*=%20Teil%202.pdf;\n filename*0*=iso-8859-1'de'Gr%F6%DFe");
        Assert.Equal("Größe Teil 2.pdf", attachment.FileName);
    }

    [Fact]
    public void Parse_ReadsPlainContinuationsWithoutCharset()
    {
        Assert.Equal("langer-name.pdf", AttachmentWith("Content-Type: application/pdf\nContent-Disposition: attachment; filename*0=\"langer-\"; filename*1=\"name.pdf\"").FileName);
    }

    [Fact]
    public void Parse_PrefersRfc2231OverPlainValueOfTheSameParameter()
    {
        Assert.Equal("Ä.txt", AttachmentWith("Content-Type: text/plain\nContent-Disposition: attachment; filename=\"A.txt\"; filename*=utf-8''%C3%84.txt").FileName);
    }

    [Fact]
    public void Parse_FallsBackToContentTypeName_WhenDispositionHasNoFileName()
    {
        Assert.Equal("scan.pdf", AttachmentWith("Content-Type: application/pdf; name=scan.pdf\nContent-Disposition: attachment").FileName);
    }

    [Fact]
    public void Parse_ReadsUnquotedFileNameWithSpaces_AsBrokenGeneratorsSendIt()
    {
        Assert.Equal("Rechnung März 2024.pdf", AttachmentWith("Content-Type: application/pdf\nContent-Disposition: attachment; filename=Rechnung März 2024.pdf").FileName);
    }

    [Fact]
    public void ContentType_IsTextPlain_WhenHeaderIsMissingOrUnreadable()
    {
        Assert.Equal("text/plain", Eml.Parse("Subject: x\n\nbody").Body.ContentType.MimeType);
        var message = Eml.Parse("Content-Type: garbage\n\nbody");
        Assert.Equal("text/plain", message.Body.ContentType.MimeType);
        Assert.Equal("body", message.TextBody);
        Assert.NotEmpty(message.Warnings);
    }
}
