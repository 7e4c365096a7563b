using System.Text.Json;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>
/// The customer directory enrichment reads, as an in-memory snapshot of the customers and contacts tables:
/// lookups stay dictionary-fast; <see cref="ReloadAsync"/> replaces the snapshot after seeding and every change.
/// </summary>
public sealed class DatabaseCustomerDirectory(IDbContextFactory<HappyButtonsDbContext> contexts) : ICustomerDirectory
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
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        _snapshot = await LoadAsync(context, cancellationToken);
    }

    // Only reached when something reads before the installation step loaded the snapshot.
    private InMemoryCustomerDirectory LoadNow()
    {
        ReloadAsync(CancellationToken.None).GetAwaiter().GetResult();
        return _snapshot!;
    }

    private static async Task<InMemoryCustomerDirectory> LoadAsync(HappyButtonsDbContext context, CancellationToken cancellationToken)
    {
        var customers = (await context.Customers.AsNoTracking().ToListAsync(cancellationToken)).Select(ToCustomer);
        var contacts = (await context.Contacts.AsNoTracking().ToListAsync(cancellationToken))
            .Select(c => new Contact(c.FirstName, c.LastName, c.Email, c.CustomerNumber, c.Title, c.PreferredSalutation));
        // Staff and own domains are not edited in the UI yet; they come from the demo book.
        return new InMemoryCustomerDirectory(customers, contacts, DemoCustomers.Staff, ["happybuttons.de"]);
    }

    internal static Customer ToCustomer(Storage.Model.Customer row) =>
        new(row.Number, row.Name, Enum.Parse<CustomerType>(row.Type, true), row.Vip, Enum.Parse<Language>(row.Language, true),
            JsonSerializer.Deserialize<List<string>>(row.Domains) ?? [], JsonSerializer.Deserialize<List<string>>(row.Agreements) ?? [])
        {
            Version = row.Version,
            Address = row.Address is { } a ? new CustomerAddress(a.Street, a.PostalCode, a.City, a.Country) : null,
            VatId = row.VatId,
        };
}
