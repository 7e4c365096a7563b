using HappyButtons.Engine.Mail.Text;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Text;

public class ReplyStructureTests
{
    private static BodyText Body(string text) => Eml.Parse($"Content-Type: text/plain; charset=utf-8\n\n{text}").BodyText;

    [Fact]
    public void NewContent_ExcludesEnglishAttributionAndQuotedLines()
    {
        var body = Body("Yes, please ship.\n\nOn Tue, Mar 12, 2024 at 3:20 PM Anna <a@x.de> wrote:\n> Shall we ship?\n> Regards");
        Assert.Equal("Yes, please ship.", body.NewContent);
        Assert.StartsWith("On Tue", body.Quoted);
    }

    [Theory]
    [InlineData("-----Original Message-----")]
    [InlineData("-----Ursprüngliche Nachricht-----")]
    [InlineData("-------- Original-Nachricht --------")]
    public void NewContent_EndsAtOriginalMessageSeparator(string separator)
    {
        var body = Body($"Passt.\n\n{separator}\nFrom: x\nSent: y\n\nalter Text");
        Assert.Equal("Passt.", body.NewContent);
        Assert.Contains("alter Text", body.Quoted);
    }

    [Fact]
    public void NewContent_EndsAtOutlookHeaderBlockWithUnderscoreLine()
    {
        var body = Body("Danke!\n\n________________________________\nFrom: Petra Weber <p@hb.de>\nSent: Monday, March 11, 2024 4:10 PM\nTo: Jürgen\nSubject: Angebot\n\nalt");
        Assert.Equal("Danke!", body.NewContent);
        Assert.StartsWith("________________________________", body.Quoted);
    }

    [Fact]
    public void NewContent_KeepsInlineAnswersBetweenQuotes()
    {
        var body = Body("> Menge?\n5000 Stück\n> Farbe?\nbraun");
        Assert.Equal("5000 Stück\nbraun", body.NewContent);
    }

    [Fact]
    public void Signature_StartsAtGermanClosing_WhenNearTheEnd()
    {
        var body = Body("Bitte liefern Sie bis Freitag.\n\nMit freundlichen Grüßen\nJürgen Müller\nEinkauf");
        Assert.Equal("Bitte liefern Sie bis Freitag.", body.NewContent);
        Assert.Equal("Mit freundlichen Grüßen\nJürgen Müller\nEinkauf", body.Signature);
    }

    [Fact]
    public void Signature_IsNotAssumed_ForClosingFarFromTheEnd()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"Position {i}"));
        var body = Body($"Viele Grüße\n{lines}");
        Assert.Equal("", body.Signature);
        Assert.Contains("Position 20", body.NewContent);
    }

    [Fact]
    public void Attribution_InRunningText_IsNotAQuote()
    {
        var body = Body("Am Montag schrieb uns der Lieferant:\nAlles fertig.");
        Assert.Contains("Alles fertig.", body.NewContent);
    }

    [Fact]
    public void Full_KeepsEverything()
    {
        const string text = "neu\n-- \nsig\n> alt";
        Assert.Equal(text, Body(text).Full);
    }

    [Fact]
    public void NewContent_OfOutlookHtmlOnlyReply_EndsAtTheBoldHeaderBlock()
    {
        const string html = """
            <html><head><style>p.MsoNormal{margin:0}</style></head><body lang=DE>
            <div class=WordSection1><p class=MsoNormal>Hallo Frau Weber,<o:p></o:p></p>
            <p class=MsoNormal>bitte 2.000 St&uuml;ck nachliefern.<o:p></o:p></p>
            <p class=MsoNormal>Viele Gr&uuml;&szlig;e<br>Anna Sch&auml;fer<o:p></o:p></p>
            <div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
            <p class=MsoNormal><b>Von:</b> Weber, Petra &lt;sales@happy-buttons.de&gt;<br><b>Gesendet:</b> Montag, 11. M&auml;rz 2024 16:10<br>
            <b>An:</b> Sch&auml;fer, Anna<br><b>Betreff:</b> Lieferung</p></div>
            <p class=MsoNormal>Die Lieferung ist unterwegs.</p></div></body></html>
            """;
        var body = Eml.Parse($"Content-Type: text/html; charset=utf-8\n\n{html}").BodyText;

        Assert.True(body.FromHtml);
        Assert.Equal("Hallo Frau Weber,\nbitte 2.000 Stück nachliefern.", body.NewContent);
        Assert.Equal("Viele Grüße\nAnna Schäfer", body.Signature);
        Assert.StartsWith("Von: Weber, Petra <sales@happy-buttons.de>", body.Quoted);
        Assert.Contains("Die Lieferung ist unterwegs.", body.Quoted);
    }
}
