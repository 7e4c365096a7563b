using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>
/// The customer directory enrichment reads, as an in-memory snapshot of the customers and contacts tables:
/// lookups stay dictionary-fast; <see cref="ReloadAsync"/> replaces the snapshot after seeding and every change.
/// </summary>
public sealed class DatabaseCustomerDirectory(IDbConnectionFactory connections) : ICustomerDirectory
{
    private volatile InMemoryCustomerDirectory? _snapshot;

    private InMemoryCustomerDirectory Snapshot => _snapshot ?? LoadNow();

    public IReadOnlyList<Customer> Customers => Snapshot.Customers;
    public IReadOnlyList<Contact> Contacts => Snapshot.Contacts;
    public IReadOnlyList<StaffMember> Staff => Snapshot.Staff;
    public IReadOnlyList<string> OwnDomains => Snapshot.OwnDomains;

    public Customer? FindByNumber(string customerNumber) => Snapshot.FindByNumber(customerNumber);
    public Customer? FindByDomain(string domain) => Snapshot.FindByDomain(domain);
    public Customer? FindByFrameworkAgreement(string agreementNumber) => Snapshot.FindByFrameworkAgreement(agreementNumber);
    public Contact? FindContactByEmail(string email) => Snapshot.FindContactByEmail(email);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        _snapshot = await LoadAsync(connection, cancellationToken);
    }

    // Only reached when something reads before the installation step loaded the snapshot.
    private InMemoryCustomerDirectory LoadNow()
    {
        ReloadAsync(CancellationToken.None).GetAwaiter().GetResult();
        return _snapshot!;
    }

    private static async Task<InMemoryCustomerDirectory> LoadAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        var customers = (await connection.QueryAsync<(string Number, string Name, string Type, long Vip, string Language, string Domains, string Agreements, long Version)>(new CommandDefinition(
                "SELECT number, name, type, vip, language, domains, agreements, version FROM customers", cancellationToken: cancellationToken)))
            .Select(r => new Customer(r.Number, r.Name, Enum.Parse<CustomerType>(r.Type, true), r.Vip != 0, Enum.Parse<Language>(r.Language, true),
                JsonSerializer.Deserialize<List<string>>(r.Domains) ?? [], JsonSerializer.Deserialize<List<string>>(r.Agreements) ?? []) { Version = (int)r.Version });
        var contacts = (await connection.QueryAsync<(string FirstName, string LastName, string Email, string CustomerNumber, string? Title, string? PreferredSalutation)>(new CommandDefinition(
                "SELECT first_name, last_name, email, customer_number, title, preferred_salutation FROM contacts", cancellationToken: cancellationToken)))
            .Select(r => new Contact(r.FirstName, r.LastName, r.Email, r.CustomerNumber, r.Title, r.PreferredSalutation));
        // Staff and own domains are not edited in the UI yet; they come from the demo book.
        return new InMemoryCustomerDirectory(customers, contacts, DemoCustomers.Staff, ["happybuttons.de"]);
    }
}
