using HappyButtons.Engine.Mail.Mime;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Mime;

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
}
