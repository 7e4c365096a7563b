using System.Text.Json;
using System.Linq.Expressions;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Intake;

public sealed record MessageSummary(long Id, string Mailbox, string? Department, string? FromAddress, string? FromName, string? Subject,
    DateTimeOffset ReceivedAt, string Status, int AttachmentCount, long Size, IntakeFindings? Intake = null);

public sealed record AttachmentInfo(long Id, int Ordinal, string FileName, string ContentType, long Size, string? ContentId, bool IsInline,
    string ContentHash, string? Text, string TextStatus, string? TextNote);

public sealed record MessageDetail(long Id, string Mailbox, string SourceId, string? MessageId, string ContentHash, long Size, DateTimeOffset ReceivedAt,
    string Status, string? StatusReason, string? FromAddress, string? FromName, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string? ReplyTo,
    string? Subject, DateTimeOffset? SentAt, string? BodyText, string? NewText, bool HasHtml, IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<string> Warnings, string? Department, IReadOnlyList<AttachmentInfo> Attachments, IntakeFindings? Intake = null)
{
    /// <summary>The S/MIME signature: null (not signed), "valid", "invalid" or "unknown_signer".</summary>
    public string? SignatureState { get; init; }

    /// <summary>The e-mail address (else name) of the signer's certificate.</summary>
    public string? SignatureSigner { get; init; }
}

public sealed record MessageFilter(string? Mailbox = null, string? Department = null, string? Status = null, string? Search = null, int Page = 1, int PageSize = 25,
    MessageSort Sort = MessageSort.Received, bool Descending = true);

/// <summary>What a message list is ordered by; ties are broken by the newest message first.</summary>
public enum MessageSort
{
    Received,
    /// <summary>Time of the first-response SLA; messages without one (archived, not yet read) come last.</summary>
    SlaDue,
    /// <summary>Priority (routing) or else urgency: critical, high, normal, low; unknown last.</summary>
    Priority,
    /// <summary>Sender's name, else address, case-insensitively.</summary>
    Sender,
}

/// <summary>A page of a message list; <paramref name="TotalIsExact"/> is false when a search found more than <see cref="MessageQueries.SearchCountLimit"/>.</summary>
public sealed record MessagePage(IReadOnlyList<MessageSummary> Items, int Page, int PageSize, long Total, bool TotalIsExact = true)
{
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Reads messages for the workspace lists, the message page and the API. Filtering, sorting and paging happen in the database.</summary>
public sealed class MessageQueries(IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect)
{
    /// <summary>Search hits are counted up to this many; above it the page says "more than" and walks the date index.</summary>
    public const int SearchCountLimit = 1_000;

    public async Task<MessagePage> ListAsync(MessageFilter filter, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var query = context.Messages.AsNoTracking();
        if (filter.Mailbox is { } mailbox)
        {
            query = query.Where(m => m.Mailbox == mailbox);
        }

        if (filter.Department is { } department)
        {
            query = query.Where(m => m.Department == department);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        long total;
        var exact = true;
        List<long>? ids = null;
        if (dialect.SearchQuery(filter.Search) is { } match)
        {
            // Matches are counted up to SearchCountLimit: an exact count of a common word reads every matching row on
            // PostgreSQL (1.2 s for 100,000), and nobody pages through a thousand hits. Few matches: the page is sorted
            // from the matches' ids. Many: the newest-first index is walked and each message looked up among the
            // matches, which stops after one page instead of sorting every match; "+ 0" keeps the database from driving
            // the query from the matches' ids (docs/storage.md, figures).
            var found = context.Database.SqlQueryRaw<long>(dialect.SearchMessageIds, match);
            var walked = query.Where(m => found.Contains(m.Id + 0));
            var filtered = filter is not { Mailbox: null, Department: null, Status: null };
            if (filtered && filter.Sort == MessageSort.Received)
            {
                // A filtered newest-first search: one statement yields the capped count and the ordered ids, so the match
                // list is built once per request instead of once for the count and again for the page.
                var newest = await Ordered(walked, filter.Sort, filter.Descending).Select(m => m.Id).Take(SearchCountLimit + 1).ToListAsync(cancellationToken);
                exact = newest.Count <= SearchCountLimit;
                total = Math.Min(newest.Count, SearchCountLimit);
                query = walked;
                if (exact || (long)page * size <= newest.Count)
                {
                    ids = newest.Skip((page - 1) * size).Take(size).ToList();
                }
            }
            else
            {
                total = filtered
                    ? await walked.Select(m => m.Id).Take(SearchCountLimit + 1).LongCountAsync(cancellationToken)
                    : await found.Take(SearchCountLimit + 1).LongCountAsync(cancellationToken);
                exact = total <= SearchCountLimit;
                total = Math.Min(total, SearchCountLimit);
                query = !exact && filter.Sort == MessageSort.Received ? walked : query.Where(m => found.Contains(m.Id));
            }
        }
        else
        {
            total = await query.LongCountAsync(cancellationToken);
        }

        // The page's ids first, from the indexes alone (the rows are large: sorting them would read every row of the
        // filter), then the page's rows.
        ids ??= await Ordered(query, filter.Sort, filter.Descending).Skip((page - 1) * size).Take(size).Select(m => m.Id).ToListAsync(cancellationToken);
        var rows = await context.Messages.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id, m.Mailbox, m.Department, m.FromAddress, m.FromName, m.Subject, m.ReceivedAt, m.Status, m.Size,
                Attachments = m.Attachments.Count(a => !a.IsInline), m.Classification, m.Routing, m.Risk, m.Archived,
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        return new MessagePage(ids.Where(rows.ContainsKey).Select(id => rows[id]).Select(r => new MessageSummary(r.Id, r.Mailbox, r.Department,
                r.FromAddress, r.FromName, r.Subject, r.ReceivedAt, r.Status, r.Attachments, r.Size,
                MessageIntakeStore.Read(r.Classification, r.Routing, r.Risk, r.Archived))).ToList(),
            page, size, total, exact);
    }

    public async Task<MessageDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var m = await context.Messages.AsNoTracking().Include(x => x.Attachments).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (m is null)
        {
            return null;
        }

        var headers = m.Headers is null
            ? []
            : (JsonSerializer.Deserialize<List<string[]>>(m.Headers) ?? []).Select(h => new KeyValuePair<string, string>(h[0], h[1])).ToList();
        return new MessageDetail(m.Id, m.Mailbox, m.SourceId, m.MessageIdHeader, m.ContentHash, m.Size, m.ReceivedAt, m.Status, m.StatusReason,
            m.FromAddress, m.FromName, List(m.ToAddresses), List(m.CcAddresses), m.ReplyTo, m.Subject, m.SentAt, m.BodyText, m.NewText, m.HasHtml,
            headers, List(m.Warnings), m.Department, m.Attachments.OrderBy(a => a.Ordinal).Select(ToInfo).ToList(),
            MessageIntakeStore.Read(m.Classification, m.Routing, m.Risk, m.Archived))
        {
            SignatureState = m.Signature.State,
            SignatureSigner = m.Signature.Signer,
        };
    }

    public async Task<AttachmentInfo?> GetAttachmentAsync(long messageId, int ordinal, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var attachment = await context.MessageAttachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.MessageId == messageId && a.Ordinal == ordinal, cancellationToken);
        return attachment is null ? null : ToInfo(attachment);
    }

    /// <summary>The order of a list: the chosen key (missing values last in either direction), then the newest first.</summary>
    private static IQueryable<Message> Ordered(IQueryable<Message> query, MessageSort sort, bool descending)
    {
        IOrderedQueryable<Message> ordered;
        switch (sort)
        {
            case MessageSort.SlaDue:
                var due = query.OrderBy(m => m.Routing.SlaDueAt == null || m.Archived);
                ordered = descending ? due.ThenByDescending(m => m.Routing.SlaDueAt) : due.ThenBy(m => m.Routing.SlaDueAt);
                break;
            case MessageSort.Priority:
                var known = query.OrderBy(m => (m.Routing.Priority ?? m.Classification.Urgency) == null);
                Expression<Func<Message, int>> rank = m =>
                    (m.Routing.Priority ?? m.Classification.Urgency) == "critical" ? 4
                    : (m.Routing.Priority ?? m.Classification.Urgency) == "high" ? 3
                    : (m.Routing.Priority ?? m.Classification.Urgency) == "normal" ? 2
                    : (m.Routing.Priority ?? m.Classification.Urgency) == "low" ? 1 : 0;
                ordered = descending ? known.ThenByDescending(rank) : known.ThenBy(rank);
                break;
            case MessageSort.Sender:
                var named = query.OrderBy(m => (m.FromName == null || m.FromName == "" ? m.FromAddress : m.FromName) == null);
                Expression<Func<Message, string?>> sender = m => (m.FromName == null || m.FromName == "" ? m.FromAddress : m.FromName)!.ToLower();
                ordered = descending ? named.ThenByDescending(sender) : named.ThenBy(sender);
                break;
            default:
                return descending ? query.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id) : query.OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id);
        }

        return ordered.ThenByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id);
    }

    private static AttachmentInfo ToInfo(MessageAttachment a) =>
        new(a.Id, a.Ordinal, a.FileName, a.ContentType, a.Size, a.ContentId, a.IsInline, a.ContentHash, a.Text, a.TextStatus, a.TextNote);

    private static IReadOnlyList<string> List(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
