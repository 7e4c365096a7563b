using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

public class ParserPropertyTests
{
    private static readonly string[] MimeFragments =
    [
        "\r\n", "\n", "\r\n\r\n", ": ", "Content-Type: multipart/mixed; boundary=b\r\n", "--b\r\n", "--b--\r\n", "--b",
        "Content-Type: message/rfc822\r\n", "Content-Transfer-Encoding: base64\r\n", "Content-Transfer-Encoding: quoted-printable\r\n",
        "=?utf-8?B?", "=?utf-7?Q?+AGE", "?=", "=\r\n", "=4", "filename*0*=utf-8''%C3", "; name=\"", "\"", "(", ")", "<", ">", "@", ",", ";",
        "From: ", "To: a@b.de, Gruppe: x@y;", "Date: 31 Feb 99 25:61 XYZ\r\n", "Content-Type: text/html\r\n\r\n<a href=x><li><table><td>",
        "Content-Type: message/delivery-status\r\n\r\nFinal-Recipient: x\r\n\r\n", " \t", "> ", "-- \r\n",
    ];

    private static Gen<byte[]> HostileBytes()
    {
        var fragment = Gen.OneOf(
            Gen.Elements(MimeFragments).Select(s => Encoding.UTF8.GetBytes(s)),
            Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i)));
        return Gen.ListOf(fragment).Select(parts => parts.SelectMany(p => p).ToArray());
    }

    [Fact]
    public void Parse_NeverThrows_OnArbitraryBytes()
    {
        var property = Prop.ForAll(HostileBytes().ToArbitrary(), bytes =>
        {
            var message = Eml.Parse(bytes, new MailParseLimits { MaxDepth = 8, MaxParts = 50 });
            Touch(message);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(int.Parse(Environment.GetEnvironmentVariable("HB_FUZZ_CASES") ?? "500")), property);
    }

    [Fact]
    public void Parse_NeverThrows_OnPurelyRandomBytes()
    {
        var property = Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i)).ToArbitrary(), bytes =>
        {
            Touch(Eml.Parse(bytes));
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    /// <summary>Reads every lazily computed member, so decoding errors surface inside the property.</summary>
    private static void Touch(ParsedMail message)
    {
        _ = (message.Subject, message.From, message.To, message.Cc, message.ReplyTo, message.Date, message.MessageId, message.References,
            message.Signature, message.ReviewReason, message.LimitExceeded);
        _ = (message.BodyText.NewContent, message.BodyText.Signature, message.HtmlBody);
        foreach (var attachment in message.Attachments)
        {
            _ = (attachment.SafeFileName, attachment.Size, attachment.Text, attachment.ContentType);
        }
        Assert.NotNull(message.Warnings);
    }
}
