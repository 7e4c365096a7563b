using HappyButtons.Engine.Mail.Text;

namespace HappyButtons.Tests.Mail.Text;

public class HtmlToTextTests
{
    [Fact]
    public void Convert_DropsHeadScriptsAndStyles()
    {
        var text = HtmlToText.Convert("<html><head><title>T</title><style>p{color:red}</style></head><body><script>alert(1)</script><p>Hallo</p></body></html>");
        Assert.Equal("Hallo", text);
    }

    [Fact]
    public void Convert_KeepsLinksAsTextWithUrl()
    {
        Assert.Equal("Bitte hier bestätigen (https://shop.example/confirm?id=7).",
            HtmlToText.Convert("Bitte <a href=\"https://shop.example/confirm?id=7\">hier bestätigen</a>."));
        Assert.Equal("https://x.de", HtmlToText.Convert("<a href=\"https://x.de\">https://x.de</a>"));
    }

    [Fact]
    public void Convert_TurnsBlocksAndBreaksIntoLines()
    {
        Assert.Equal("Zeile 1\nZeile 2\nZeile 3", HtmlToText.Convert("<div>Zeile 1</div><p>Zeile 2<br>Zeile 3</p>"));
    }

    [Fact]
    public void Convert_RendersListsWithBulletsAndNumbers()
    {
        Assert.Equal("• rot\n• blau\n1. eins\n2. zwei", HtmlToText.Convert("<ul><li>rot</li><li>blau</li></ul><ol><li>eins</li><li>zwei</li></ol>"));
    }

    [Fact]
    public void Convert_RendersTableRowsWithCellSeparators()
    {
        Assert.Equal("Artikel | Menge\nHB-2040 | 5000", HtmlToText.Convert("<table><tr><th>Artikel</th><th>Menge</th></tr><tr><td>HB-2040</td><td>5000</td></tr></table>"));
    }

    [Fact]
    public void Convert_PrefixesBlockquoteLines()
    {
        Assert.Equal("Antwort\n> alt 1\n> alt 2", HtmlToText.Convert("<p>Antwort</p><blockquote>alt 1<br>alt 2</blockquote>"));
    }

    [Fact]
    public void Convert_CollapsesWhitespaceButKeepsPre()
    {
        Assert.Equal("a b\n  x  y", HtmlToText.Convert("<p>a \n\t  b</p><pre>  x  y</pre>"));
    }

    [Fact]
    public void Convert_TooDeeplyNestedHtml_StillYieldsTextWithLineBreaksAndNoScripts()
    {
        var deep = string.Concat(Enumerable.Repeat("<span>", 1000));
        var html = $"<html><head><title>T</title></head><body><script>alert(1)</script>{deep}<p>Zeile &amp; eins</p><div>Zeile zwei</div></body></html>";
        Assert.Equal("Zeile & eins\nZeile zwei", HtmlToText.Convert(html));
    }
}
