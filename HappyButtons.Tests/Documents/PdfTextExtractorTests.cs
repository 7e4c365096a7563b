using System.Text;
using HappyButtons.Engine.Documents;

namespace HappyButtons.Tests.Documents;

public sealed class PdfTextExtractorTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("hb-pdf-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void IsAvailable_IsTrue_WhenPopplerIsInstalled()
    {
        Assert.True(new PdfTextExtractor().IsAvailable(), PdfTextResult.NotInstalledReason);
    }

    [Fact]
    public async Task Extract_ReadsTextOfAGeneratedPdf_IncludingUmlauts()
    {
        var pdf = TestPdf.WithLines("Bestellung 4500012345", "Artikel HB-2040 Hornknöpfe 5000 Stück");

        var result = await new PdfTextExtractor().ExtractAsync(pdf);

        Assert.Equal(PdfTextStatus.Extracted, result.Status);
        Assert.Contains("Bestellung 4500012345", result.Text);
        Assert.Contains("Hornknöpfe", result.Text);
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task ExtractFile_ReadsTextFromPath()
    {
        var path = Path.Combine(_temp.FullName, "rechnung.pdf");
        await File.WriteAllBytesAsync(path, TestPdf.WithLines("Rechnung RE-2024-0815"));
        var result = await new PdfTextExtractor().ExtractFileAsync(path);
        Assert.Contains("RE-2024-0815", result.Text);
    }

    [Fact]
    public async Task Extract_CapsOutputAndSaysSo()
    {
        var result = await new PdfTextExtractor(new PdfTextOptions { MaxOutputChars = 5 }).ExtractAsync(TestPdf.WithLines("Sehr langer Text"));
        Assert.True(result.Truncated);
        Assert.Equal(5, result.Text!.Length);
    }

    [Fact]
    public async Task Extract_RefusesInputOverTheSizeLimit()
    {
        var result = await new PdfTextExtractor(new PdfTextOptions { MaxInputBytes = 100 }).ExtractAsync(new byte[101]);
        Assert.Equal(PdfTextStatus.TooLarge, result.Status);
        Assert.Contains("100", result.Reason);
    }

    [Fact]
    public async Task Extract_ReportsFailureWithStderrExcerpt_ForNonPdf()
    {
        var result = await new PdfTextExtractor().ExtractAsync(Encoding.ASCII.GetBytes("this is no pdf"));
        Assert.Equal(PdfTextStatus.Failed, result.Status);
        Assert.Contains("exited with code", result.Reason);
        Assert.Null(result.Text);
    }

    [Fact]
    public async Task Extract_SaysHowToInstall_WhenPdftotextIsMissing()
    {
        var extractor = new PdfTextExtractor(new PdfTextOptions { ExecutablePath = "/nonexistent/pdftotext" });
        var result = await extractor.ExtractAsync(TestPdf.WithLines("x"));
        Assert.False(extractor.IsAvailable());
        Assert.Equal(PdfTextStatus.NotInstalled, result.Status);
        Assert.Equal("pdftotext not installed — install the Debian package poppler-utils", result.Reason);
    }

    [Fact]
    public async Task Extract_KillsTheProcessTree_WhenItRunsPastTheTimeout()
    {
        // The stand-in for pdftotext is a POSIX shell script; production and CI run on Debian.
        if (OperatingSystem.IsWindows()) return;
        var pidFile = Path.Combine(_temp.FullName, "child.pid");
        var script = Path.Combine(_temp.FullName, "slow-pdftotext");
        await File.WriteAllTextAsync(script, $"#!/bin/sh\nsleep 60 &\necho $! > {pidFile}\nwait\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var extractor = new PdfTextExtractor(new PdfTextOptions { ExecutablePath = script, Timeout = TimeSpan.FromSeconds(1) });

        var result = await extractor.ExtractAsync(TestPdf.WithLines("x"));

        Assert.Equal(PdfTextStatus.TimedOut, result.Status);
        var childPid = int.Parse((await File.ReadAllTextAsync(pidFile)).Trim());
        await Task.Delay(200);
        Assert.False(IsRunning(childPid), "the grandchild 'sleep' should have been killed with the tree");
    }

    /// <summary>A killed process may linger as a zombie until a reaper collects it; that is not running.</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        var text = File.ReadAllText(stat);
        var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
        return state is not ("Z" or "X");
    }
}

public class SimpleTextPdfTests
{
    [Fact]
    public async Task AMultiPagePdf_ReadsBackWithUmlautsAndEveryPage()
    {
        var lines = Enumerable.Range(1, 120).Select(i => $"Pos. {i}  Knopf HB-{4700 + i}  Größe 15 mm  {i * 100} Stück").ToList();

        var result = await new HappyButtons.Engine.Documents.PdfTextExtractor().ExtractAsync(HappyButtons.Engine.Documents.SimpleTextPdf.FromLines(lines));

        Assert.True(result.IsExtracted, result.Reason);
        Assert.Contains("Pos. 1 Knopf HB-4701 Größe 15 mm 100 Stück", result.Text);
        Assert.Contains("Pos. 120", result.Text);
        Assert.Equal(3, result.Text!.Count(c => c == '\f')); // pdftotext ends every page with a form feed
    }
}
