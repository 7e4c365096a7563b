using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>What a customer list is ordered by; ties are broken by the customer number.</summary>
public enum CustomerSort { Number, Name, Type, Language }

public sealed record CustomerFilter(string? Search = null, int Page = 1, int PageSize = 25, CustomerSort Sort = CustomerSort.Number, bool Descending = false);

public sealed record CustomerListItem(string Number, string Name, CustomerType Type, bool IsVip, Language Language, IReadOnlyList<string> Domains, int Contacts);

public sealed record CustomerPage(IReadOnlyList<CustomerListItem> Items, int Page, int PageSize, long Total);

/// <summary>A mail whose sender intake recognised as the customer.</summary>
public sealed record CustomerMessage(long Id, string Mailbox, string? Department, string? FromAddress, string? FromName, string? Subject,
    DateTimeOffset ReceivedAt, string Status, string? Intent);

/// <summary>A page of a customer's mail the reader may open, and how many more of the customer's mails lie in other departments.</summary>
public sealed record CustomerMailHistory(IReadOnlyList<CustomerMessage> Items, long Total, long Elsewhere);

/// <summary>Reads customers for the sales pages: the list (search, order and paging in SQL) and a customer's mail history.</summary>
public sealed class CustomerQueries(IDbConnectionFactory connections)
{
    public async Task<CustomerPage> ListAsync(CustomerFilter filter, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var args = new DynamicParameters(new { Limit = size, Offset = (page - 1) * size });
        var where = "";
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // LOWER folds ASCII in SQLite (and everything in PostgreSQL): "müller" finds "Müller"; only an upper-case umlaut typed lower-case is missed.
            args.Add("Pattern", "%" + filter.Search.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
            where = " WHERE LOWER(c.number) LIKE @Pattern ESCAPE '\\' OR LOWER(c.name) LIKE @Pattern ESCAPE '\\' OR LOWER(c.domains) LIKE @Pattern ESCAPE '\\'" +
                    " OR c.number IN (SELECT k.customer_number FROM contacts k WHERE LOWER(k.email) LIKE @Pattern ESCAPE '\\'" +
                    " OR LOWER(k.first_name || ' ' || k.last_name) LIKE @Pattern ESCAPE '\\')";
        }

        var direction = filter.Descending ? "DESC" : "ASC";
        var order = filter.Sort switch
        {
            CustomerSort.Name => $"LOWER(c.name) {direction}, c.number",
            CustomerSort.Type => $"c.type {direction}, c.number",
            CustomerSort.Language => $"c.language {direction}, c.number",
            _ => $"c.number {direction}",
        };
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM customers c" + where, args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<(string Number, string Name, string Type, long Vip, string Language, string Domains, long Contacts)>(new CommandDefinition(
            "SELECT c.number, c.name, c.type, c.vip, c.language, c.domains, (SELECT COUNT(*) FROM contacts k WHERE k.customer_number = c.number) " +
            "FROM customers c" + where + " ORDER BY " + order + " LIMIT @Limit OFFSET @Offset", args, cancellationToken: cancellationToken));
        var items = rows.Select(r => new CustomerListItem(r.Number, r.Name, Enum.Parse<CustomerType>(r.Type, true), r.Vip != 0, Enum.Parse<Language>(r.Language, true),
            JsonSerializer.Deserialize<List<string>>(r.Domains) ?? [], (int)r.Contacts)).ToList();
        return new CustomerPage(items, page, size, total);
    }

    /// <summary>
    /// The customer's mail, newest first, that arrived in or was routed to one of <paramref name="departments"/> (the reader's);
    /// the rest is only counted.
    /// </summary>
    public async Task<CustomerMailHistory> MailHistoryAsync(string number, IReadOnlyCollection<string> departments, int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, 100);
        var args = new { Number = number, Departments = departments.Count == 0 ? [""] : departments.ToArray(), Limit = size, Offset = (Math.Max(1, page) - 1) * size };
        const string Visible = " AND (m.mailbox IN @Departments OR m.department IN @Departments)";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var all = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM messages m WHERE m.customer_number = @Number", args, cancellationToken: cancellationToken));
        var visible = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM messages m WHERE m.customer_number = @Number" + Visible, args, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT m.id, m.mailbox, m.department, m.from_address, m.from_name, m.subject, m.received_at, m.status, m.intent FROM messages m " +
            "WHERE m.customer_number = @Number" + Visible + " ORDER BY m.received_at DESC, m.id DESC LIMIT @Limit OFFSET @Offset", args, cancellationToken: cancellationToken));
        return new CustomerMailHistory(rows.Select(r => r.ToMessage()).ToList(), visible, all - visible);
    }

    // Property mapping (not constructor matching): SQLite reports no type for NULL values.
    private sealed class Row
    {
        public long id { get; set; }
        public string mailbox { get; set; } = "";
        public string? department { get; set; }
        public string? from_address { get; set; }
        public string? from_name { get; set; }
        public string? subject { get; set; }
        public long received_at { get; set; }
        public string status { get; set; } = "";
        public string? intent { get; set; }

        public CustomerMessage ToMessage() =>
            new(id, mailbox, department, from_address, from_name, subject, DateTimeOffset.FromUnixTimeMilliseconds(received_at), status, intent);
    }
}
