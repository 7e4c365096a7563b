using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace HappyButtons.Engine.Documents;

/// <summary>
/// Reads the text of PDFs with PdfPig, in-process, page by page in reading order. Input size, pages, output and — per
/// mail, through <see cref="AttachmentTextBudget"/> — CPU time and decompressed bytes are bounded: every stream PdfPig
/// decodes goes through a filter that inflates it against the budget first, so a decompression bomb stops after the
/// budget, not after the memory. A corrupt, encrypted or over-budget PDF gives a result with a reason, never an exception.
/// </summary>
public sealed class PdfTextExtractor(PdfTextOptions? options = null)
{
    private readonly PdfTextOptions _options = options ?? new PdfTextOptions();

    /// <summary>Extracts with a budget of its own (one PDF outside of mail processing).</summary>
    public PdfTextResult Extract(ReadOnlyMemory<byte> pdf) => Extract(pdf, AttachmentTextBudget.PerMail());

    public Task<PdfTextResult> ExtractAsync(ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Extract(pdf));
    }

    public PdfTextResult Extract(ReadOnlyMemory<byte> pdf, AttachmentTextBudget budget)
    {
        if (pdf.Length > _options.MaxInputBytes)
        {
            return PdfTextResult.Unavailable(PdfTextStatus.TooLarge, $"The PDF has {pdf.Length:N0} bytes; the limit is {_options.MaxInputBytes:N0}.");
        }

        if (budget.IsExhausted)
        {
            return PdfTextResult.Unavailable(PdfTextStatus.OverBudget, "Not read: the budget for reading this mail's attachments is used up.");
        }

        try
        {
            var parsing = new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                MaxStackDepth = _options.MaxObjectDepth,
                FilterProvider = new BudgetedFilterProvider(budget),
            };
            using var document = PdfDocument.Open(pdf, parsing);
            return ReadPages(document, budget);
        }
        catch (AttachmentBudgetExceededException ex)
        {
            return PdfTextResult.Unavailable(PdfTextStatus.OverBudget, $"Not read: {ex.Message}.");
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfTextResult.Unavailable(PdfTextStatus.Encrypted, "The PDF is encrypted with a password; its text cannot be read.");
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig reports broken files with many exception types (format, stack depth, font, index, key not found ...).
            return PdfTextResult.Unavailable(PdfTextStatus.Unreadable, $"The PDF cannot be read ({Describe(ex)}).");
        }
    }

    private PdfTextResult ReadPages(PdfDocument document, AttachmentTextBudget budget)
    {
        var text = new StringBuilder();
        var truncated = document.NumberOfPages > _options.MaxPages;
        string? note = truncated ? $"only the first {_options.MaxPages} of {document.NumberOfPages} pages were read" : null;
        for (var number = 1; number <= Math.Min(document.NumberOfPages, _options.MaxPages); number++)
        {
            try
            {
                budget.Check();
                var page = document.GetPage(number);
                if (text.Length > 0) text.Append('\n');
                text.Append(ContentOrderTextExtractor.GetText(page));
            }
            catch (AttachmentBudgetExceededException ex) when (text.Length > 0)
            {
                (truncated, note) = (true, $"{ex.Message} after {number - 1} page(s)");
                break;
            }

            if (text.Length >= _options.MaxOutputChars)
            {
                truncated = true;
                break;
            }
        }

        var result = text.Length > _options.MaxOutputChars ? text.ToString(0, _options.MaxOutputChars) : text.ToString();
        return PdfTextResult.Extracted(result.Replace("\r\n", "\n"), truncated || text.Length > _options.MaxOutputChars, note);
    }

    private static string Describe(Exception ex) => ex switch
    {
        PdfDocumentFormatException => $"not a valid PDF: {ex.Message}",
        PdfDocumentStackDepthException => "its objects are nested too deeply",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    /// <summary>PdfPig's own filters, each decode charged to the mail's budget; Flate is inflated against the budget before PdfPig inflates it.</summary>
    private sealed class BudgetedFilterProvider(AttachmentTextBudget budget) : IFilterProvider
    {
        private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

        public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

        public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

        public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

        private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new BudgetedFilter(f, budget)).ToList();
    }

    private sealed class BudgetedFilter(IFilter inner, AttachmentTextBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Check();
            if (inner is FlateFilter)
            {
                MeasureInflated(input, budget.RemainingBytes);
            }

            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Charge(output.Length);
            return output;
        }

        /// <summary>Inflates into a small scratch buffer, counting, and throws once the output would pass what the budget has left.</summary>
        private void MeasureInflated(Memory<byte> input, long allowed)
        {
            if (input.Length < 2)
            {
                return;
            }

            var scratch = new byte[64 * 1024];
            long total = 0;
            try
            {
                using var compressed = new MemoryStream(input.ToArray(), writable: false);
                using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
                int read;
                while ((read = inflater.Read(scratch)) > 0)
                {
                    total += read;
                    if (total > allowed)
                    {
                        budget.Charge(total);
                    }

                    if (total % (4 * 1024 * 1024) < scratch.Length)
                    {
                        budget.Check();
                    }
                }
            }
            catch (InvalidDataException)
            {
                // Not zlib as .NET reads it (raw deflate, a damaged tail): PdfPig's own decoder decides; its output is charged after.
            }
        }
    }
}
