using System.Text.Json;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

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

/// <summary>Reads customers for the sales pages: the list (search, order and paging in the database) and a customer's mail history.</summary>
public sealed class CustomerQueries(IDbContextFactory<HappyButtonsDbContext> contexts)
{
    public async Task<CustomerPage> ListAsync(CustomerFilter filter, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = context.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // lower() folds ASCII in SQLite (everything in PostgreSQL): "müller" finds "Müller"; only an upper-case umlaut typed lower-case is missed.
            var term = filter.Search.Trim().ToLowerInvariant();
            customers = customers.Where(c => c.Number.ToLower().Contains(term) || c.Name.ToLower().Contains(term) || c.Domains.ToLower().Contains(term)
                || context.Contacts.Any(k => k.CustomerNumber == c.Number && (k.Email.ToLower().Contains(term) || (k.FirstName + " " + k.LastName).ToLower().Contains(term))));
        }

        var ordered = (filter.Sort, filter.Descending) switch
        {
            (CustomerSort.Name, false) => customers.OrderBy(c => c.Name.ToLower()).ThenBy(c => c.Number),
            (CustomerSort.Name, true) => customers.OrderByDescending(c => c.Name.ToLower()).ThenBy(c => c.Number),
            (CustomerSort.Type, false) => customers.OrderBy(c => c.Type).ThenBy(c => c.Number),
            (CustomerSort.Type, true) => customers.OrderByDescending(c => c.Type).ThenBy(c => c.Number),
            (CustomerSort.Language, false) => customers.OrderBy(c => c.Language).ThenBy(c => c.Number),
            (CustomerSort.Language, true) => customers.OrderByDescending(c => c.Language).ThenBy(c => c.Number),
            (_, true) => customers.OrderByDescending(c => c.Number),
            _ => customers.OrderBy(c => c.Number),
        };
        var total = await customers.LongCountAsync(cancellationToken);
        var rows = await ordered.Skip((page - 1) * size).Take(size)
            .Select(c => new { c.Number, c.Name, c.Type, c.Vip, c.Language, c.Domains, Contacts = c.Contacts.Count })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new CustomerListItem(r.Number, r.Name, Enum.Parse<CustomerType>(r.Type, true), r.Vip, Enum.Parse<Language>(r.Language, true),
            JsonSerializer.Deserialize<List<string>>(r.Domains) ?? [], r.Contacts)).ToList();
        return new CustomerPage(items, page, size, total);
    }

    /// <summary>
    /// The customer's mail, newest first, that arrived in or was routed to one of <paramref name="departments"/> (the reader's);
    /// the rest is only counted.
    /// </summary>
    public async Task<CustomerMailHistory> MailHistoryAsync(string number, IReadOnlyCollection<string> departments, int page, int pageSize, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, 1, 100);
        var visibleTo = departments.ToList();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var all = context.Messages.AsNoTracking().Where(m => m.Classification.CustomerNumber == number);
        var visible = all.Where(m => visibleTo.Contains(m.Mailbox) || (m.Department != null && visibleTo.Contains(m.Department)));
        var total = await all.LongCountAsync(cancellationToken);
        var shown = await visible.LongCountAsync(cancellationToken);
        var items = await visible.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id).Skip((Math.Max(1, page) - 1) * size).Take(size)
            .Select(m => new CustomerMessage(m.Id, m.Mailbox, m.Department, m.FromAddress, m.FromName, m.Subject, m.ReceivedAt, m.Status, m.Classification.Intent))
            .ToListAsync(cancellationToken);
        return new CustomerMailHistory(items, shown, total - shown);
    }
}
