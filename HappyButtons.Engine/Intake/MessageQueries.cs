using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Storage;

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

public sealed record MessagePage(IReadOnlyList<MessageSummary> Items, int Page, int PageSize, long Total)
{
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Reads messages for the workspace lists, the message page and the API.</summary>
public sealed class MessageQueries(IDbConnectionFactory connections)
{
    public async Task<MessagePage> ListAsync(MessageFilter filter, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var where = new List<string>();
        var args = new DynamicParameters();
        if (filter.Mailbox is not null)
        {
            where.Add("m.mailbox = @Mailbox");
            args.Add("Mailbox", filter.Mailbox);
        }

        if (filter.Department is not null)
        {
            where.Add("COALESCE(m.department, m.mailbox) = @Department");
            args.Add("Department", filter.Department);
        }

        if (filter.Status is not null)
        {
            where.Add("m.status = @Status");
            args.Add("Status", filter.Status);
        }

        if (FullTextQuery(filter.Search) is { } match)
        {
            where.Add("m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH @Match)");
            args.Add("Match", match);
        }

        var clause = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        args.Add("Limit", size);
        args.Add("Offset", (page - 1) * size);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM messages m" + clause, args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            "SELECT m.id, m.mailbox, m.department, m.from_address, m.from_name, m.subject, m.received_at, m.status, m.size, " +
            "(SELECT COUNT(*) FROM message_attachments a WHERE a.message_id = m.id AND a.is_inline = 0) AS attachments " +
            "FROM messages m" + clause + " ORDER BY " + OrderBy(filter.Sort, filter.Descending) + " LIMIT @Limit OFFSET @Offset", args, cancellationToken: cancellationToken));
        var summaries = rows.Select(r => r.ToSummary()).ToList();
        var intake = await MessageIntakeStore.ReadAsync(connection, summaries.Select(m => m.Id).ToList(), cancellationToken);
        return new MessagePage(summaries.Select(m => m with { Intake = intake.GetValueOrDefault(m.Id) }).ToList(), page, size, total);
    }

    public async Task<MessageDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DetailRow>(new CommandDefinition(
            "SELECT id, mailbox, source_id, message_id, content_hash, size, received_at, status, status_reason, from_address, from_name, " +
            "to_addresses, cc_addresses, reply_to, subject, sent_at, body_text, new_text, has_html, headers, warnings, department, " +
            "signature_state, signature_signer FROM messages WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var attachments = await connection.QueryAsync<AttachmentRow>(new CommandDefinition(
            "SELECT id, ordinal, file_name, content_type, size, content_id, is_inline, content_hash, text, text_status, text_note " +
            "FROM message_attachments WHERE message_id = @Id ORDER BY ordinal", new { Id = id }, cancellationToken: cancellationToken));
        var intake = await MessageIntakeStore.ReadAsync(connection, [id], cancellationToken);
        return row.ToDetail(attachments.Select(a => a.ToInfo()).ToList()) with { Intake = intake.GetValueOrDefault(id) };
    }

    public async Task<AttachmentInfo?> GetAttachmentAsync(long messageId, int ordinal, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AttachmentRow>(new CommandDefinition(
            "SELECT id, ordinal, file_name, content_type, size, content_id, is_inline, content_hash, text, text_status, text_note " +
            "FROM message_attachments WHERE message_id = @MessageId AND ordinal = @Ordinal",
            new { MessageId = messageId, Ordinal = ordinal }, cancellationToken: cancellationToken));
        return row?.ToInfo();
    }

    /// <summary>The ORDER BY of a list: the chosen key (missing values last in either direction), then the newest first.</summary>
    private static string OrderBy(MessageSort sort, bool descending)
    {
        var direction = descending ? "DESC" : "ASC";
        var key = sort switch
        {
            MessageSort.SlaDue => $"(m.sla_due_at IS NULL OR m.archived = 1), m.sla_due_at {direction}, ",
            MessageSort.Priority => "COALESCE(m.priority, m.urgency) IS NULL, " +
                "CASE COALESCE(m.priority, m.urgency) WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 WHEN 'low' THEN 1 ELSE 0 END " + direction + ", ",
            MessageSort.Sender => $"COALESCE(NULLIF(m.from_name, ''), m.from_address) IS NULL, LOWER(COALESCE(NULLIF(m.from_name, ''), m.from_address)) {direction}, ",
            _ => $"m.received_at {direction}, m.id {direction}, ",
        };
        return key + "m.received_at DESC, m.id DESC";
    }

    /// <summary>Turns what a person typed into an FTS5 query of quoted prefix terms, so no input can be a syntax error.</summary>
    public static string? FullTextQuery(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return null;
        }

        var terms = search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string(t.Where(c => char.IsLetterOrDigit(c) || c is '@' or '.' or '-' or '_').ToArray()))
            .Where(t => t.Length > 0)
            .Take(10)
            .Select(t => "\"" + t + "\"*");
        var query = string.Join(" ", terms);
        return query.Length == 0 ? null : query;
    }

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static IReadOnlyList<string> List(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];

    // A class, not a positional record: SQLite reports no column type for the computed count, which
    // Dapper's constructor matching needs; property mapping converts by value.
    private sealed class SummaryRow
    {
        public long id { get; set; }
        public string mailbox { get; set; } = "";
        public string? department { get; set; }
        public string? from_address { get; set; }
        public string? from_name { get; set; }
        public string? subject { get; set; }
        public long received_at { get; set; }
        public string status { get; set; } = "";
        public long size { get; set; }
        public long attachments { get; set; }

        public MessageSummary ToSummary() => new(id, mailbox, department, from_address, from_name, subject, Time(received_at), status, (int)attachments, size);
    }

    private sealed record AttachmentRow(long id, long ordinal, string file_name, string content_type, long size, string? content_id, long is_inline,
        string content_hash, string? text, string text_status, string? text_note)
    {
        public AttachmentInfo ToInfo() => new(id, (int)ordinal, file_name, content_type, size, content_id, is_inline != 0, content_hash, text, text_status, text_note);
    }

    private sealed record DetailRow(long id, string mailbox, string source_id, string? message_id, string content_hash, long size, long received_at,
        string status, string? status_reason, string? from_address, string? from_name, string? to_addresses, string? cc_addresses, string? reply_to,
        string? subject, long? sent_at, string? body_text, string? new_text, long has_html, string? headers, string? warnings, string? department,
        string? signature_state, string? signature_signer)
    {
        public MessageDetail ToDetail(IReadOnlyList<AttachmentInfo> attachments) => new(
            id, mailbox, source_id, message_id, content_hash, size, Time(received_at), status, status_reason, from_address, from_name,
            List(to_addresses), List(cc_addresses), reply_to, subject, sent_at is { } s ? Time(s) : null, body_text, new_text, has_html != 0,
            headers is null ? [] : (JsonSerializer.Deserialize<List<string[]>>(headers) ?? []).Select(h => new KeyValuePair<string, string>(h[0], h[1])).ToList(),
            List(warnings), department, attachments) { SignatureState = signature_state, SignatureSigner = signature_signer };
    }
}
