using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>Customers and their contacts in the database; the directory used by enrichment reloads after every change.</summary>
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

    private async Task UpsertAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, Customer customer, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO customers (number, name, type, vip, language, domains, agreements, updated_at) VALUES (@Number, @Name, @Type, @Vip, @Language, @Domains, @Agreements, @Now) " +
            "ON CONFLICT (number) DO UPDATE SET name = excluded.name, type = excluded.type, vip = excluded.vip, language = excluded.language, " +
            "domains = excluded.domains, agreements = CASE WHEN excluded.agreements = '[]' THEN customers.agreements ELSE excluded.agreements END, updated_at = excluded.updated_at",
            new
            {
                customer.Number, customer.Name, Type = customer.Type.ToString().ToLowerInvariant(), Vip = customer.IsVip, Language = customer.Language.ToApiName(),
                Domains = JsonSerializer.Serialize(customer.EmailDomains), Agreements = JsonSerializer.Serialize(customer.FrameworkAgreements),
                Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            },
            transaction, cancellationToken: cancellationToken));
}
