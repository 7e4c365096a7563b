using System.Text;
using HappyButtons.Engine.Documents;

namespace HappyButtons.Tests.Documents;

public sealed class PdfTextExtractorTests
{
    [Fact]
    public void Extract_ReadsTextOfAGeneratedPdf_IncludingUmlauts()
    {
        var pdf = TestPdf.WithLines("Bestellung 4500012345", "Artikel HB-2040 Hornknöpfe 5000 Stück");

        var result = new PdfTextExtractor().Extract(pdf);

        Assert.Equal(PdfTextStatus.Extracted, result.Status);
        Assert.Contains("Bestellung 4500012345", result.Text);
        Assert.Contains("Hornknöpfe", result.Text);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Extract_CapsOutputAndSaysSo()
    {
        var result = new PdfTextExtractor(new PdfTextOptions { MaxOutputChars = 5 }).Extract(TestPdf.WithLines("Sehr langer Text"));

        Assert.True(result.Truncated);
        Assert.Equal(5, result.Text!.Length);
    }

    [Fact]
    public void Extract_ReadsOnlyTheFirstPages_AndSaysHowManyThereWere()
    {
        var pdf = SimpleTextPdf.FromLines(Enumerable.Range(1, 160).Select(i => $"Zeile {i}").ToList());

        var result = new PdfTextExtractor(new PdfTextOptions { MaxPages = 2 }).Extract(pdf);

        Assert.True(result.IsExtracted);
        Assert.True(result.Truncated);
        Assert.Contains("Zeile 100", result.Text);
        Assert.DoesNotContain("Zeile 101", result.Text);
        Assert.Contains("first 2 of 4 pages", result.Reason);
    }

    [Fact]
    public void Extract_RefusesInputOverTheSizeLimit()
    {
        var result = new PdfTextExtractor(new PdfTextOptions { MaxInputBytes = 100 }).Extract(new byte[101]);

        Assert.Equal(PdfTextStatus.TooLarge, result.Status);
        Assert.Contains("100", result.Reason);
    }

    [Theory]
    [InlineData("this is no pdf")]
    [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")]
    public void Extract_ACorruptFile_GivesAReason_NotAnException(string content)
    {
        var result = new PdfTextExtractor().Extract(Encoding.ASCII.GetBytes(content));

        Assert.Equal(PdfTextStatus.Unreadable, result.Status);
        Assert.StartsWith("The PDF cannot be read", result.Reason);
        Assert.Null(result.Text);
    }

    [Fact]
    public void Extract_APasswordProtectedPdf_IsReportedAsEncrypted()
    {
        var result = new PdfTextExtractor().Extract(TestPdf.PasswordProtected());

        Assert.Equal(PdfTextStatus.Encrypted, result.Status);
        Assert.Contains("encrypted", result.Reason);
    }

    [Fact]
    public void Extract_ADecompressionBomb_StopsAtTheBudget_WithAReason()
    {
        // 64 MB of zeros in one Flate stream: a few dozen KB on disk.
        var bomb = TestPdf.DecompressionBomb(64 * 1024 * 1024);
        var budget = new AttachmentTextBudget(TimeSpan.FromSeconds(30), 8 * 1024 * 1024);

        var result = new PdfTextExtractor().Extract(bomb, budget);

        Assert.True(bomb.Length < 200_000, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(PdfTextStatus.OverBudget, result.Status);
        Assert.Contains("decompression bomb", result.Reason);
        Assert.True(budget.IsExhausted);
    }

    [Fact]
    public void Extract_AfterTheMailsBudgetIsUsedUp_LaterPdfsAreNotRead()
    {
        var budget = new AttachmentTextBudget(TimeSpan.Zero, long.MaxValue);

        var result = new PdfTextExtractor().Extract(TestPdf.WithLines("Rechnung"), budget);

        Assert.Equal(PdfTextStatus.OverBudget, result.Status);
        Assert.Contains("budget", result.Reason);
    }
}

public class SimpleTextPdfTests
{
    [Fact]
    public void AMultiPagePdf_ReadsBackWithUmlautsAndEveryPage()
    {
        var lines = Enumerable.Range(1, 120).Select(i => $"Pos. {i}  Knopf HB-{4700 + i}  Größe 15 mm  {i * 100} Stück").ToList();

        var result = new PdfTextExtractor().Extract(SimpleTextPdf.FromLines(lines));

        Assert.True(result.IsExtracted, result.Reason);
        Assert.Contains("Pos. 1  Knopf HB-4701  Größe 15 mm  100 Stück", result.Text);
        Assert.Contains("Pos. 120", result.Text);
        Assert.Equal(120, result.Text!.Split('\n').Count(l => l.StartsWith("Pos. ", StringComparison.Ordinal)));
    }
}
