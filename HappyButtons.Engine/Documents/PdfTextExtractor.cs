using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace HappyButtons.Engine.Documents;

/// <summary>
/// Extracts text from PDFs with poppler's "pdftotext -layout" in a subprocess: no shell, bounded input,
/// bounded output, and a time limit after which the whole process tree is killed.
/// </summary>
public sealed class PdfTextExtractor(PdfTextOptions? options = null)
{
    private const int StderrExcerptChars = 500;
    private readonly PdfTextOptions _options = options ?? new PdfTextOptions();

    /// <summary>True when the pdftotext executable can be found; for the health check.</summary>
    public bool IsAvailable() => ResolveExecutable(_options.ExecutablePath) is not null;

    public async Task<PdfTextResult> ExtractAsync(ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken = default)
    {
        if (pdf.Length > _options.MaxInputBytes) return TooLarge(pdf.Length);
        var path = Path.Combine(Path.GetTempPath(), $"hb-pdf-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf.ToArray(), cancellationToken).ConfigureAwait(false);
            return await RunAsync(path, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async Task<PdfTextResult> ExtractFileAsync(string pdfPath, CancellationToken cancellationToken = default)
    {
        var length = new FileInfo(pdfPath).Length;
        if (length > _options.MaxInputBytes) return TooLarge(length);
        return await RunAsync(Path.GetFullPath(pdfPath), cancellationToken).ConfigureAwait(false);
    }

    private PdfTextResult TooLarge(long length) =>
        PdfTextResult.Unavailable(PdfTextStatus.TooLarge, $"PDF has {length} bytes; the limit is {_options.MaxInputBytes}.");

    private async Task<PdfTextResult> RunAsync(string pdfPath, CancellationToken cancellationToken)
    {
        var executable = ResolveExecutable(_options.ExecutablePath);
        if (executable is null) return PdfTextResult.Unavailable(PdfTextStatus.NotInstalled, PdfTextResult.NotInstalledReason);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", pdfPath, "-" }) start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return PdfTextResult.Unavailable(PdfTextStatus.NotInstalled, PdfTextResult.NotInstalledReason);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var stdout = ReadCappedAsync(process.StandardOutput, _options.MaxOutputChars);
        var stderr = ReadCappedAsync(process.StandardError, StderrExcerptChars);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            return PdfTextResult.Unavailable(PdfTextStatus.TimedOut, $"pdftotext did not finish within {_options.Timeout.TotalSeconds:0} s.");
        }
        var (text, truncated) = await stdout.ConfigureAwait(false);
        var (errors, _) = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
            return PdfTextResult.Unavailable(PdfTextStatus.Failed, $"pdftotext exited with code {process.ExitCode}: {errors.Trim()}");
        return PdfTextResult.Extracted(text, truncated);
    }

    /// <summary>Keeps at most <paramref name="cap"/> characters but drains the rest so the process never blocks on a full pipe.</summary>
    private static async Task<(string Text, bool Truncated)> ReadCappedAsync(StreamReader reader, int cap)
    {
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        var truncated = false;
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            var keep = Math.Min(read, cap - text.Length);
            if (keep > 0) text.Append(buffer, 0, keep);
            if (keep < read) truncated = true;
        }
        return (text.ToString(), truncated);
    }

    private static string? ResolveExecutable(string executable)
    {
        if (executable.Contains(Path.DirectorySeparatorChar) || executable.Contains(Path.AltDirectorySeparatorChar))
            return File.Exists(executable) ? executable : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, executable))
            .FirstOrDefault(File.Exists);
    }
}
