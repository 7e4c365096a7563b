using System.Text.Json;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Row = HappyButtons.Engine.Storage.Model.Customer;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>The outcome of saving one customer: the customer as stored (with its new version), or why it was refused.</summary>
public sealed record CustomerSaveResult(Customer? Saved, EditConflict? Conflict)
{
    public bool Succeeded => Conflict is null;
}

/// <summary>
/// Customers and their contacts in the database; the directory used by enrichment reloads after every change.
/// Every save raises a customer's version: an edit based on an older version is refused, never silently overwrites.
/// </summary>
public sealed class CustomerStore(
    IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect, DatabaseCustomerDirectory directory, AuditLog audit, TimeProvider clock)
{
    private const string ImportTarget = "customers";

    /// <summary>A contact's address as stored and compared: trimmed and lower-case (unique whatever its case).</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    // Reads come from the directory's snapshot: it is reloaded after every change made here.
    public Task<IReadOnlyList<Customer>> ListAsync(string? search, CancellationToken cancellationToken)
    {
        IReadOnlyList<Customer> all = directory.Customers.OrderBy(c => c.Number, StringComparer.Ordinal).ToList();
        if (string.IsNullOrWhiteSpace(search))
        {
            return Task.FromResult(all);
        }

        var term = search.Trim();
        return Task.FromResult<IReadOnlyList<Customer>>(all.Where(c => c.Number.Contains(term, StringComparison.OrdinalIgnoreCase) || c.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                              || c.EmailDomains.Any(d => d.Contains(term, StringComparison.OrdinalIgnoreCase))).ToList());
    }

    public Task<Customer?> GetAsync(string number, CancellationToken cancellationToken) =>
        Task.FromResult(directory.FindByNumber(number));

    public Task<IReadOnlyList<Contact>> ContactsOfAsync(string number, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Contact>>(directory.Contacts
            .Where(c => c.CustomerNumber.Equals(number, StringComparison.OrdinalIgnoreCase)).OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ToList());

    /// <summary>The contact with this mail address, whatever its case, straight from the database.</summary>
    public async Task<Contact?> FindContactAsync(string email, CancellationToken cancellationToken)
    {
        var address = NormalizeEmail(email);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        // lower(email) on both providers: PostgreSQL has its unique index on that expression; SQLite's column is NOCASE.
        return await context.Contacts.AsNoTracking().Where(c => c.Email.ToLower() == address)
            .Select(c => new Contact(c.FirstName, c.LastName, c.Email, c.CustomerNumber, c.Title, c.PreferredSalutation))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Saves an edit of one customer (or a new one, with <see cref="Customer.Version"/> 0). Refused with an
    /// <see cref="EditConflict"/> when the stored customer is no longer the version the edit started from.
    /// </summary>
    public async Task<CustomerSaveResult> SaveAsync(Customer customer, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var row = await context.Customers.SingleOrDefaultAsync(c => c.Number == customer.Number, cancellationToken);
            if ((row?.Version ?? 0) != customer.Version)
            {
                return new CustomerSaveResult(null, await ConflictAsync(customer.Number, cancellationToken));
            }

            if (row is null)
            {
                row = new Row { Number = customer.Number, Name = customer.Name, Type = "" };
                context.Customers.Add(row);
            }

            // Saved with "WHERE version = <the version read>": a save that overtook this one since the read makes it fail.
            Apply(row, customer, now, keepAgreements: false);
            row.Version = customer.Version + 1;
            audit.Add(context, actor, customer.Version == 0 ? "customer.create" : "customer.update", Target(customer.Number), Describe(customer));
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || dialect.IsUniqueViolation(e))
        {
            return new CustomerSaveResult(null, await ConflictAsync(customer.Number, cancellationToken));
        }

        await directory.ReloadAsync(cancellationToken);
        return new CustomerSaveResult(directory.FindByNumber(customer.Number), null);
    }

    /// <summary>
    /// Inserts or updates customers (by number) in one transaction and audits the import. An import is the latest word on
    /// the customers it names: it raises their versions (so edits started before it are refused) and is retried when an
    /// edit overtakes it.
    /// </summary>
    public async Task<int> UpsertAsync(IReadOnlyList<Customer> customers, string actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ImportAsync(customers, actor, cancellationToken);
                break;
            }
            catch (DbUpdateException e) when (attempt < 3 && (e is DbUpdateConcurrencyException || dialect.IsUniqueViolation(e)))
            {
                // Someone saved one of these customers after this import read it: read again and apply the import on top.
            }
        }

        await directory.ReloadAsync(cancellationToken);
        return customers.Count;
    }

    /// <summary>Creates or changes the contact with this mail address (whatever its case). Null when saved, else why not.</summary>
    public async Task<string?> SaveContactAsync(Contact contact, string actor, CancellationToken cancellationToken)
    {
        var address = NormalizeEmail(contact.Email);
        if (address.Length is 0 or > 320 || address.Count(c => c == '@') != 1)
        {
            return $"\"{contact.Email}\" is not a mail address.";
        }

        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            if (!await context.Customers.AnyAsync(c => c.Number == contact.CustomerNumber, cancellationToken))
            {
                return $"There is no customer {contact.CustomerNumber}.";
            }

            var row = await context.Contacts.FirstOrDefaultAsync(c => c.Email.ToLower() == address, cancellationToken);
            if (row is null)
            {
                row = new Storage.Model.Contact { CustomerNumber = contact.CustomerNumber, FirstName = "", LastName = "", Email = address };
                context.Contacts.Add(row);
            }

            row.CustomerNumber = contact.CustomerNumber;
            row.FirstName = contact.FirstName;
            row.LastName = contact.LastName;
            row.Email = address;
            row.Title = contact.Title;
            row.PreferredSalutation = contact.PreferredSalutation;
            audit.Add(context, actor, "customer.contact.save", Target(contact.CustomerNumber), address);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await directory.ReloadAsync(cancellationToken);
        return null;
    }

    /// <summary>Removes the customer's contact with this mail address (whatever its case); false when the customer has no such contact.</summary>
    public async Task<bool> RemoveContactAsync(string customerNumber, string email, string actor, CancellationToken cancellationToken)
    {
        var address = NormalizeEmail(email);
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var row = await context.Contacts.FirstOrDefaultAsync(c => c.CustomerNumber == customerNumber && c.Email.ToLower() == address, cancellationToken);
            if (row is null)
            {
                return false;
            }

            context.Contacts.Remove(row);
            audit.Add(context, actor, "customer.contact.remove", Target(customerNumber), address);
            await context.SaveChangesAsync(cancellationToken);
        }

        await directory.ReloadAsync(cancellationToken);
        return true;
    }

    /// <summary>Seeds the demo customers and contacts into an empty table.</summary>
    public async Task SeedAsync(IReadOnlyList<Customer> customers, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            if (!await context.Customers.AnyAsync(cancellationToken))
            {
                foreach (var customer in customers.DistinctBy(c => c.Number))
                {
                    var row = new Row { Number = customer.Number, Name = customer.Name, Type = "", Version = 1 };
                    Apply(row, customer, now, keepAgreements: false);
                    context.Customers.Add(row);
                }

                foreach (var contact in contacts.DistinctBy(c => NormalizeEmail(c.Email)))
                {
                    context.Contacts.Add(new Storage.Model.Contact
                    {
                        CustomerNumber = contact.CustomerNumber, FirstName = contact.FirstName, LastName = contact.LastName,
                        Email = NormalizeEmail(contact.Email), Title = contact.Title, PreferredSalutation = contact.PreferredSalutation,
                    });
                }

                try
                {
                    await context.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
                {
                    // Another node seeded at the same moment.
                }
            }
        }

        await directory.ReloadAsync(cancellationToken);
    }

    /// <summary>The audit target of one customer, e.g. <c>customer:10042</c>.</summary>
    public static string Target(string number) => "customer:" + number;

    private async Task ImportAsync(IReadOnlyList<Customer> customers, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var numbers = customers.Select(c => c.Number).Distinct().ToList();
        var rows = await context.Customers.Where(c => numbers.Contains(c.Number)).ToDictionaryAsync(c => c.Number, StringComparer.Ordinal, cancellationToken);
        foreach (var customer in customers)
        {
            if (!rows.TryGetValue(customer.Number, out var row))
            {
                rows[customer.Number] = row = new Row { Number = customer.Number, Name = customer.Name, Type = "" };
                context.Customers.Add(row);
            }

            Apply(row, customer, now, keepAgreements: true);
        }

        foreach (var row in rows.Values)
        {
            row.Version++;
        }

        audit.Add(context, actor, "customers.import", ImportTarget, $"{customers.Count} customer(s): {string.Join(", ", customers.Take(20).Select(c => c.Number))}");
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Who saved the customer last (from the audit entry written with that save) and when. Reloads this node's directory,
    /// which may not have seen a save made on another node, so that reloading the customer shows the saved version.
    /// </summary>
    private async Task<EditConflict> ConflictAsync(string number, CancellationToken cancellationToken)
    {
        await directory.ReloadAsync(cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.Customers.AsNoTracking().Where(c => c.Number == number).Select(c => new { c.UpdatedAt }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return new EditConflict(EditedThing.Customer, number, null, null, Deleted: true);
        }

        var target = Target(number);
        var by = await context.AuditLog.AsNoTracking()
            .Where(e => (e.Target == target || e.Target == ImportTarget) && e.At >= row.UpdatedAt)
            .OrderByDescending(e => e.Id).Select(e => e.Actor).FirstOrDefaultAsync(cancellationToken);
        return new EditConflict(EditedThing.Customer, number, by, row.UpdatedAt);
    }

    private static void Apply(Row row, Customer customer, DateTimeOffset now, bool keepAgreements)
    {
        row.Name = customer.Name;
        row.Type = customer.Type.ToString().ToLowerInvariant();
        row.Vip = customer.IsVip;
        row.Language = customer.Language.ToApiName();
        row.Domains = JsonSerializer.Serialize(customer.EmailDomains);
        // A CSV import carries no agreements: it keeps those the customer has.
        if (!keepAgreements || customer.FrameworkAgreements.Count > 0)
        {
            row.Agreements = JsonSerializer.Serialize(customer.FrameworkAgreements);
        }

        // Likewise a CSV import without address or VAT ID keeps what the customer has.
        if (!keepAgreements || customer.Address is not null)
        {
            row.Address = customer.Address is { IsEmpty: false } a
                ? new Storage.Model.PostalAddress { Street = a.Street, PostalCode = a.PostalCode, City = a.City, Country = a.Country }
                : null;
        }

        if (!keepAgreements || customer.VatId is not null)
        {
            row.VatId = string.IsNullOrWhiteSpace(customer.VatId) ? null : customer.VatId;
        }

        row.UpdatedAt = now;
    }

    private static string Describe(Customer customer) =>
        $"{customer.Name}; {customer.Type.ToString().ToLowerInvariant()}; vip {customer.IsVip}; {customer.Language.ToApiName()}; " +
        $"domains {string.Join(", ", customer.EmailDomains)}; agreements {string.Join(", ", customer.FrameworkAgreements)}" +
        (customer.Address is { IsEmpty: false } a ? $"; address {a.Street}, {a.PostalCode} {a.City}, {a.Country}" : "") +
        (customer.VatId is { Length: > 0 } vat ? $"; VAT ID {vat}" : "");
}
