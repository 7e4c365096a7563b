using static HappyButtons.Tests.Intake.Mails;

namespace HappyButtons.Tests.Intake;

public sealed class AutoReplyDetectionTests
{
    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "junk")]
    [InlineData("Precedence", "list")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "vacation")]
    public void AutoReply_IsDetected_FromHeaders(string header, string value)
    {
        var result = Enrich(TestMail("someone@kunde.de", "Re: Ihre Anfrage", "Text", headers: (header, value)));

        Assert.True(result.AutoReply.IsAutoReply);
    }

    [Fact]
    public void AutoReply_IsNotDetected_WhenAutoSubmittedIsNo()
    {
        var result = Enrich(TestMail("someone@kunde.de", "Bestellung", "Wir bestellen 500 Knöpfe.", headers: ("Auto-Submitted", "no")));

        Assert.False(result.AutoReply.IsAutomated);
    }

    [Theory]
    [InlineData("Abwesenheitsnotiz: Bestellung", "Ich bin bis 21.04. nicht erreichbar.")]
    [InlineData("Re: Bestellung", "Vielen Dank. Bis Freitag bin ich nicht im Büro.")]
    [InlineData("Out of Office: PO 4711", "I will return on Monday.")]
    [InlineData("Automatic reply: invoice", "Thanks for your mail.")]
    public void AutoReply_IsDetected_FromGermanAndEnglishWording(string subject, string body)
    {
        Assert.True(Enrich(TestMail("a.person@kunde.de", subject, body)).AutoReply.IsAutoReply);
    }

    [Fact]
    public void Bounce_IsDetected_FromDeliveryStatusReport()
    {
        var result = Enrich(TestMail("MAILER-DAEMON@mail.kunde.de", "Undelivered Mail Returned to Sender", "could not be delivered",
            headers: ("Content-Type", "multipart/report; report-type=delivery-status; boundary=xyz")));

        Assert.True(result.AutoReply.IsBounce);
        Assert.True(result.AutoReply.IsAutomated);
    }

    [Fact]
    public void Bounce_IsDetected_FromPostmasterSender()
    {
        Assert.True(Enrich(TestMail("postmaster@kunde.de", "Unzustellbar: Angebot", "Die Nachricht konnte nicht zugestellt werden.")).AutoReply.IsBounce);
    }

    [Fact]
    public void AutoReply_IsNotDetected_ForOrdinaryOrder()
    {
        var result = Enrich(TestMail("einkauf@kunde.de", "Bestellung 4711", "Hiermit bestellen wir 5.000 Knöpfe HB-4711."));

        Assert.False(result.AutoReply.IsAutomated);
        Assert.Empty(result.AutoReply.Reasons);
    }
}
