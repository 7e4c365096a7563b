using System.Text.Json;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Conversations;

/// <summary>The views of a department's work queue.</summary>
public enum QueueView
{
    /// <summary>Assigned to me, open or waiting.</summary>
    Mine,
    /// <summary>Open and nobody's yet.</summary>
    Unassigned,
    /// <summary>Every open conversation.</summary>
    Open,
    /// <summary>Waiting on the customer (pending).</summary>
    Waiting,
    /// <summary>Open and past what is due.</summary>
    Breached,
    /// <summary>Resolved or closed.</summary>
    Done,
    /// <summary>Every state (the API without a state filter).</summary>
    All,
}

public enum QueueSort { SlaDue, Priority, LastMessage }

public sealed record ConversationFilter(
    string? Department, QueueView View = QueueView.Open, long? UserId = null, string? State = null, long? AssigneeId = null, string? Priority = null,
    string? Search = null, QueueSort Sort = QueueSort.SlaDue, bool Descending = false, int Page = 1, int PageSize = 25);

public sealed record ConversationSummary(long Id, string Department, string State, string Subject, string? CustomerName,
    string? CustomerAddress, string? CustomerNumber, long? AssigneeId, string? AssigneeName, string? Priority, string? Urgency, DateTimeOffset? SlaDueAt,
    DateTimeOffset LastMessageAt, bool Unread, bool PleaseCheck, int Version, DateTimeOffset? FirstResponseAt)
{
    public string Ticket => TicketNumber.Format(Id);
}

public sealed record ConversationPage(IReadOnlyList<ConversationSummary> Items, int Page, int PageSize, long Total);

/// <summary>How many conversations each view of a department holds (for the tabs).</summary>
public sealed record QueueCounts(int Mine, int Unassigned, int Open, int Waiting, int Breached);

public sealed record TimelineEntry(long Id, string Kind, DateTimeOffset At, long? MessageId, string? FromAddress, string? FromName, string? ToAddress,
    string? Subject, string? Text, long? AuthorId, string? AuthorName, IReadOnlyList<long> Mentions, string? EventCode, string? EventDetail,
    string? OutgoingStatus, string? OutgoingError, string? MessageIdHeader)
{
    /// <summary>A reply's courtesy score when it was sent, and the clerk's reason when it was sent under the minimum.</summary>
    public int? CourtesyScore { get; init; }

    public string? CourtesyOverride { get; init; }
}

public sealed record ConversationAttachment(long Id, long MessageId, string FileName, string ContentType, long Size);

public sealed record ConversationDetail(ConversationSummary Summary, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, DateTimeOffset? ResolutionDueAt,
    DateTimeOffset? SlaPausedAt, long SlaPausedMilliseconds, string? PleaseCheckReason, int EscalationLevel, IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ConversationAttachment> Attachments);

public sealed record Colleague(long Id, string UserName, string DisplayName, string? Email);

/// <summary>Reads conversations for the work queue, the conversation page and the API; filtering, sorting and paging in the database.</summary>
public sealed class ConversationQueries(IDbContextFactory<HappyButtonsDbContext> contexts, TimeProvider clock)
{
    public async Task<ConversationPage> ListAsync(ConversationFilter filter, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filtered(context, filter, clock.GetUtcNow());
        var total = await query.LongCountAsync(cancellationToken);
        var ordered = Sorted(query, filter);
        var items = await Project(context, ordered.Skip((page - 1) * size).Take(size), filter.UserId).ToListAsync(cancellationToken);
        return new ConversationPage(items, page, size, total);
    }

    public async Task<QueueCounts> CountsAsync(string department, long userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var all = context.Conversations.AsNoTracking().Where(c => c.Department == department);
        var mine = await all.CountAsync(c => c.AssigneeId == userId && (c.State == ConversationState.Open || c.State == ConversationState.Pending), cancellationToken);
        var unassigned = await all.CountAsync(c => c.AssigneeId == null && c.State == ConversationState.Open, cancellationToken);
        var open = await all.CountAsync(c => c.State == ConversationState.Open, cancellationToken);
        var waiting = await all.CountAsync(c => c.State == ConversationState.Pending, cancellationToken);
        var breached = await all.CountAsync(c => c.State == ConversationState.Open && c.SlaDueAt != null && c.SlaDueAt <= now, cancellationToken);
        return new QueueCounts(mine, unassigned, open, waiting, breached);
    }

    /// <summary>Open or waiting conversations of the person with something from the customer they have not read: the badge.</summary>
    public async Task<int> UnreadMineAsync(long userId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Conversations.AsNoTracking()
            .Where(c => c.AssigneeId == userId && (c.State == ConversationState.Open || c.State == ConversationState.Pending))
            .CountAsync(c => !context.ConversationReads.Any(r => r.ConversationId == c.Id && r.UserId == userId && r.ReadAt >= c.LastIncomingAt), cancellationToken);
    }

    public async Task<ConversationSummary?> FindAsync(long id, long? userId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await Project(context, context.Conversations.AsNoTracking().Where(c => c.Id == id), userId).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<ConversationDetail?> GetAsync(long id, long? userId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var summary = await Project(context, context.Conversations.AsNoTracking().Where(c => c.Id == id), userId).SingleOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return null;
        }

        var row = await context.Conversations.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.CreatedAt, c.ResolvedAt, c.ResolutionDueAt, c.SlaPausedAt, c.SlaPausedMilliseconds, c.PleaseCheckReason, c.EscalationLevel })
            .SingleAsync(cancellationToken);
        var entries = await context.ConversationEntries.AsNoTracking().Where(e => e.ConversationId == id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .GroupJoin(context.OutgoingMail, e => e.OutgoingMailId, o => (long?)o.Id, (e, o) => new { e, o })
            .SelectMany(x => x.o.DefaultIfEmpty(), (x, o) => new { x.e, Status = o == null ? null : o.Status, Error = o == null ? null : o.LastError })
            .Take(2000).ToListAsync(cancellationToken);
        var messageIds = entries.Where(x => x.e.MessageId != null).Select(x => x.e.MessageId!.Value).ToList();
        var attachments = await context.MessageAttachments.AsNoTracking().Where(a => messageIds.Contains(a.MessageId) && !a.IsInline)
            .OrderBy(a => a.MessageId).ThenBy(a => a.Ordinal)
            .Select(a => new ConversationAttachment(a.Id, a.MessageId, a.FileName, a.ContentType, a.Size)).ToListAsync(cancellationToken);
        var texts = await context.Messages.AsNoTracking().Where(m => messageIds.Contains(m.Id))
            .Select(m => new { m.Id, Text = m.NewText ?? m.BodyText }).ToDictionaryAsync(m => m.Id, m => m.Text, cancellationToken);
        var timeline = entries.Select(x => new TimelineEntry(x.e.Id, x.e.Kind, x.e.At, x.e.MessageId, x.e.FromAddress, x.e.FromName, x.e.ToAddress, x.e.Subject,
            x.e.MessageId is { } m && texts.TryGetValue(m, out var text) ? text : x.e.Text, x.e.AuthorId, x.e.AuthorName,
            x.e.Mentions is null ? [] : JsonSerializer.Deserialize<List<long>>(x.e.Mentions) ?? [], x.e.EventCode, x.e.EventDetail, x.Status, x.Error,
            x.e.MessageIdHeader) { CourtesyScore = x.e.CourtesyScore, CourtesyOverride = x.e.CourtesyOverride }).ToList();
        return new ConversationDetail(summary, row.CreatedAt, row.ResolvedAt, row.ResolutionDueAt, row.SlaPausedAt, row.SlaPausedMilliseconds,
            row.PleaseCheckReason, row.EscalationLevel, timeline, attachments);
    }

    /// <summary>The conversation a received message belongs to, or null.</summary>
    public async Task<long?> OfMessageAsync(long messageId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.ConversationEntries.AsNoTracking().Where(e => e.MessageId == messageId).Select(e => (long?)e.ConversationId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The enabled members of a department: whom a conversation can be assigned to and who can be mentioned.</summary>
    public async Task<IReadOnlyList<Colleague>> ColleaguesAsync(string department, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await context.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Departments.Any(d => d.Department == department))
            .Select(u => new Colleague(u.Id, u.UserName, u.DisplayName, u.Email)).ToListAsync(cancellationToken);
        return list.OrderBy(c => c.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private static IQueryable<Conversation> Filtered(HappyButtonsDbContext context, ConversationFilter filter, DateTimeOffset now)
    {
        var query = context.Conversations.AsNoTracking();
        if (filter.Department is { } department)
        {
            query = query.Where(c => c.Department == department);
        }

        query = filter.View switch
        {
            QueueView.Mine => query.Where(c => c.AssigneeId == filter.UserId && (c.State == ConversationState.Open || c.State == ConversationState.Pending)),
            QueueView.Unassigned => query.Where(c => c.AssigneeId == null && c.State == ConversationState.Open),
            QueueView.Open => query.Where(c => c.State == ConversationState.Open),
            QueueView.Waiting => query.Where(c => c.State == ConversationState.Pending),
            QueueView.Breached => query.Where(c => c.State == ConversationState.Open && c.SlaDueAt != null && c.SlaDueAt <= now),
            QueueView.Done => query.Where(c => c.State == ConversationState.Resolved || c.State == ConversationState.Closed),
            _ => query,
        };
        if (filter.State is { } state)
        {
            query = query.Where(c => c.State == state);
        }

        if (filter.AssigneeId is { } assignee)
        {
            query = query.Where(c => c.AssigneeId == assignee);
        }

        if (filter.Priority is { } priority)
        {
            query = query.Where(c => c.Priority == priority);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim().ToLowerInvariant();
            var ticket = TicketNumber.Find("[" + text.Trim('[', ']') + "]");
            query = query.Where(c => c.Subject.ToLower().Contains(text) || (c.CustomerAddress != null && c.CustomerAddress.ToLower().Contains(text))
                                     || (c.CustomerName != null && c.CustomerName.ToLower().Contains(text)) || c.CustomerNumber == filter.Search.Trim()
                                     || (ticket != null && c.Id == ticket));
        }

        return query;
    }

    private static IQueryable<Conversation> Sorted(IQueryable<Conversation> query, ConversationFilter filter) => (filter.Sort, filter.Descending) switch
    {
        (QueueSort.Priority, false) => query.OrderBy(c => c.Priority == "critical" ? 0 : c.Priority == "high" ? 1 : c.Priority == "normal" ? 2 : c.Priority == "low" ? 3 : 4)
            .ThenBy(c => c.SlaDueAt == null).ThenBy(c => c.SlaDueAt).ThenBy(c => c.Id),
        (QueueSort.Priority, true) => query.OrderByDescending(c => c.Priority == "critical" ? 0 : c.Priority == "high" ? 1 : c.Priority == "normal" ? 2 : c.Priority == "low" ? 3 : 4)
            .ThenBy(c => c.SlaDueAt == null).ThenBy(c => c.SlaDueAt).ThenBy(c => c.Id),
        (QueueSort.LastMessage, false) => query.OrderBy(c => c.LastMessageAt).ThenBy(c => c.Id),
        (QueueSort.LastMessage, true) => query.OrderByDescending(c => c.LastMessageAt).ThenByDescending(c => c.Id),
        (_, true) => query.OrderBy(c => c.SlaDueAt == null).ThenByDescending(c => c.SlaDueAt).ThenBy(c => c.Id),
        _ => query.OrderBy(c => c.SlaDueAt == null).ThenBy(c => c.SlaDueAt).ThenBy(c => c.Id),
    };

    private static IQueryable<ConversationSummary> Project(HappyButtonsDbContext context, IQueryable<Conversation> query, long? userId) =>
        query.Select(c => new ConversationSummary(
            c.Id, c.Department, c.State, c.Subject, c.CustomerName, c.CustomerAddress, c.CustomerNumber, c.AssigneeId,
            context.Users.Where(u => u.Id == c.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(), c.Priority, c.Urgency, c.SlaDueAt, c.LastMessageAt,
            userId != null && !context.ConversationReads.Any(r => r.ConversationId == c.Id && r.UserId == userId && r.ReadAt >= c.LastIncomingAt),
            c.PleaseCheck, c.Version, c.FirstResponseAt));
}
