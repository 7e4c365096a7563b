using System.Collections.Concurrent;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Monitoring;
using Microsoft.Extensions.Caching.Memory;
using Prometheus;

namespace HappyButtons.Web.Workspace.Messages;

/// <summary>
/// The prepared HTML of a mail (<see cref="MailHtmlDocument.Prepare"/>), computed once per raw mail and kept in a memory
/// cache bounded by size. Preparing a mail with tens of thousands of links takes seconds; it was done on every GET, and six
/// viewers at once starved the server (issue 18, item 6). The key is the raw mail's content hash, so a cached page can never
/// belong to other bytes. Requests that arrive while a mail is being prepared wait for that one preparation.
/// </summary>
public sealed class MailHtmlCache : IDisposable
{
    /// <summary>Memory for prepared pages, counted as UTF-16 bytes; one page may take at most an eighth of it.</summary>
    public const long BudgetBytes = 64L * 1024 * 1024;

    private readonly RawMailStore _rawMail;
    private readonly MailParser _parser;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = BudgetBytes });
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _preparing = new(StringComparer.Ordinal);
    private readonly Counter _preparations;
    private long _prepared;

    public MailHtmlCache(RawMailStore rawMail, MailParser parser, CollectorRegistry metrics)
    {
        (_rawMail, _parser) = (rawMail, parser);
        _preparations = PreparedCounter(metrics);
    }

    /// <summary>The host's <c>hb_mail_html_prepared_total</c> (the same collector however often it is asked for).</summary>
    public static Counter PreparedCounter(CollectorRegistry metrics) =>
        metrics.Factory().CreateCounter("hb_mail_html_prepared_total", "Mail HTML bodies parsed and prepared for the viewer (not served from the cache)");

    /// <summary>How many mails this node prepared (every request served from memory leaves it as it is).</summary>
    public long Prepared => Interlocked.Read(ref _prepared);

    public async Task<string> GetAsync(string contentHash, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(contentHash, out string? cached))
        {
            return cached!;
        }

        var preparation = _preparing.GetOrAdd(contentHash, hash => new Lazy<Task<string>>(() => PrepareAsync(hash)));
        try
        {
            // One viewer leaving does not cancel the preparation the others wait for.
            return await preparation.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            if (preparation.IsValueCreated && preparation.Value.IsCompleted)
            {
                _preparing.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(contentHash, preparation));
            }
        }
    }

    private async Task<string> PrepareAsync(string contentHash)
    {
        var raw = await _rawMail.ReadAllAsync(contentHash, CancellationToken.None);
        var html = await Task.Run(() => MailHtmlDocument.Prepare(_parser.Parse(raw)));
        Interlocked.Increment(ref _prepared);
        _preparations.Inc();
        var size = html.Length * 2L;
        if (size <= BudgetBytes / 8)
        {
            _cache.Set(contentHash, html, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return html;
    }

    public void Dispose() => _cache.Dispose();
}
