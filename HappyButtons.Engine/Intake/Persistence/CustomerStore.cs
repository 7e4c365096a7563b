using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Storage;

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
public sealed class CustomerStore(IDbConnectionFactory connections, DatabaseCustomerDirectory directory, AuditLog audit, TimeProvider clock)
{
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

    /// <summary>Inserts or updates customers (by number) in one transaction and audits the import.</summary>
    public async Task<int> UpsertAsync(IReadOnlyList<Customer> customers, string actor, CancellationToken cancellationToken)
    {
        await using (var connection = await connections.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var customer in customers)
            {
                await UpsertAsync(connection, transaction, customer, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await directory.ReloadAsync(cancellationToken);
        await audit.RecordAsync(actor, "customers.import", "customers", $"{customers.Count} customer(s): {string.Join(", ", customers.Take(20).Select(c => c.Number))}", cancellationToken);
        return customers.Count;
    }

    /// <summary>
    /// Saves an edit of one customer (or a new one, with <see cref="Customer.Version"/> 0). Refused with an
    /// <see cref="EditConflict"/> when the stored customer is no longer the version the edit started from.
    /// </summary>
    public async Task<CustomerSaveResult> SaveAsync(Customer customer, string actor, CancellationToken cancellationToken)
    {
        var values = Values(customer);
        int updated, inserted = 0;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            // "WHERE version = <the version read>": a save that overtook this edit since it was loaded makes it change nothing.
            updated = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE customers SET name = @Name, type = @Type, vip = @Vip, language = @Language, domains = @Domains, agreements = @Agreements, " +
                "updated_at = @Now, version = version + 1 WHERE number = @Number AND version = @Version", values, cancellationToken: cancellationToken));
            if (updated == 0 && customer.Version == 0)
            {
                inserted = await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO customers (number, name, type, vip, language, domains, agreements, updated_at, version) " +
                    "VALUES (@Number, @Name, @Type, @Vip, @Language, @Domains, @Agreements, @Now, 1) ON CONFLICT (number) DO NOTHING",
                    values, cancellationToken: cancellationToken));
            }
        }

        if (updated + inserted == 0)
        {
            return new CustomerSaveResult(null, await ConflictAsync(customer.Number, cancellationToken));
        }

        await audit.RecordAsync(actor, inserted > 0 ? "customer.create" : "customer.update", Target(customer.Number), Describe(customer), cancellationToken);
        await directory.ReloadAsync(cancellationToken);
        return new CustomerSaveResult(directory.FindByNumber(customer.Number), null);
    }

    /// <summary>Creates or changes the contact with this mail address (whatever its case). Null when saved, else why not.</summary>
    public async Task<string?> SaveContactAsync(Contact contact, string actor, CancellationToken cancellationToken)
    {
        var address = NormalizeEmail(contact.Email);
        if (address.Length is 0 or > 320 || address.Count(c => c == '@') != 1)
        {
            return $"\"{contact.Email}\" is not a mail address.";
        }

        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM customers WHERE number = @Number", new { Number = contact.CustomerNumber }, cancellationToken: cancellationToken)) == 0)
            {
                return $"There is no customer {contact.CustomerNumber}.";
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO contacts (customer_number, first_name, last_name, email, title, preferred_salutation) " +
                "VALUES (@CustomerNumber, @FirstName, @LastName, @Email, @Title, @PreferredSalutation) ON CONFLICT (email) DO UPDATE SET " +
                "customer_number = excluded.customer_number, first_name = excluded.first_name, last_name = excluded.last_name, email = excluded.email, " +
                "title = excluded.title, preferred_salutation = excluded.preferred_salutation",
                contact with { Email = address }, cancellationToken: cancellationToken));
        }

        await audit.RecordAsync(actor, "customer.contact.save", Target(contact.CustomerNumber), address, cancellationToken);
        await directory.ReloadAsync(cancellationToken);
        return null;
    }

    /// <summary>Removes the customer's contact with this mail address; false when the customer has no such contact.</summary>
    public async Task<bool> RemoveContactAsync(string customerNumber, string email, string actor, CancellationToken cancellationToken)
    {
        var address = NormalizeEmail(email);
        int removed;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            removed = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM contacts WHERE customer_number = @Number AND LOWER(email) = @Email", new { Number = customerNumber, Email = address },
                cancellationToken: cancellationToken));
        }

        if (removed == 0)
        {
            return false;
        }

        await audit.RecordAsync(actor, "customer.contact.remove", Target(customerNumber), address, cancellationToken);
        await directory.ReloadAsync(cancellationToken);
        return true;
    }

    /// <summary>A contact's address as stored and compared: trimmed and lower-case (unique whatever its case).</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>The audit target of one customer, e.g. <c>customer:10042</c>.</summary>
    public static string Target(string number) => "customer:" + number;

    /// <summary>Seeds the demo customers and contacts into an empty table.</summary>
    public async Task SeedAsync(IReadOnlyList<Customer> customers, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM customers", cancellationToken: cancellationToken)) == 0)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                foreach (var customer in customers)
                {
                    await UpsertAsync(connection, transaction, customer, cancellationToken);
                }

                foreach (var contact in contacts)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO contacts (customer_number, first_name, last_name, email, title, preferred_salutation) " +
                        "VALUES (@CustomerNumber, @FirstName, @LastName, @Email, @Title, @PreferredSalutation) ON CONFLICT (email) DO NOTHING",
                        contact, transaction, cancellationToken: cancellationToken));
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }

        await directory.ReloadAsync(cancellationToken);
    }

    // An import is the latest word on the customers it names: it raises their versions, so edits started before it are refused.
    private async Task UpsertAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, Customer customer, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO customers (number, name, type, vip, language, domains, agreements, updated_at, version) VALUES (@Number, @Name, @Type, @Vip, @Language, @Domains, @Agreements, @Now, 1) " +
            "ON CONFLICT (number) DO UPDATE SET name = excluded.name, type = excluded.type, vip = excluded.vip, language = excluded.language, " +
            "domains = excluded.domains, agreements = CASE WHEN excluded.agreements = '[]' THEN customers.agreements ELSE excluded.agreements END, updated_at = excluded.updated_at, " +
            "version = customers.version + 1",
            Values(customer), transaction, cancellationToken: cancellationToken));

    private object Values(Customer customer) => new
    {
        customer.Number, customer.Name, Type = customer.Type.ToString().ToLowerInvariant(), Vip = customer.IsVip, Language = customer.Language.ToApiName(),
        Domains = JsonSerializer.Serialize(customer.EmailDomains), Agreements = JsonSerializer.Serialize(customer.FrameworkAgreements),
        Now = clock.GetUtcNow().ToUnixTimeMilliseconds(), customer.Version,
    };

    /// <summary>Who saved the customer last (from the audit entry written with that save) and when.</summary>
    private async Task<EditConflict> ConflictAsync(string number, CancellationToken cancellationToken)
    {
        await directory.ReloadAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var updatedAt = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT updated_at FROM customers WHERE number = @Number", new { Number = number }, cancellationToken: cancellationToken));
        if (updatedAt is null)
        {
            return new EditConflict(EditedThing.Customer, number, null, null, Deleted: true);
        }

        var by = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT actor FROM audit_log WHERE (target = @Target OR target = 'customers') AND at >= @At ORDER BY id DESC LIMIT 1",
            new { Target = Target(number), At = updatedAt }, cancellationToken: cancellationToken));
        return new EditConflict(EditedThing.Customer, number, by, DateTimeOffset.FromUnixTimeMilliseconds(updatedAt.Value));
    }

    private static string Describe(Customer customer) =>
        $"{customer.Name}; {customer.Type.ToString().ToLowerInvariant()}; vip {customer.IsVip}; {customer.Language.ToApiName()}; " +
        $"domains {string.Join(", ", customer.EmailDomains)}; agreements {string.Join(", ", customer.FrameworkAgreements)}";
}
