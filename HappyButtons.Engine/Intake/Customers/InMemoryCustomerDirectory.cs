namespace HappyButtons.Engine.Intake.Customers;

/// <summary>Dictionary-backed directory for tests, demos and the first deployment before the database.</summary>
public sealed class InMemoryCustomerDirectory : ICustomerDirectory
{
    private readonly Dictionary<string, Customer> _byNumber = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Customer> _byDomain = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Customer> _byAgreement = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Contact> _contactsByEmail = new(StringComparer.OrdinalIgnoreCase);

    public InMemoryCustomerDirectory(
        IEnumerable<Customer> customers, IEnumerable<Contact> contacts,
        IEnumerable<StaffMember>? staff = null, IEnumerable<string>? ownDomains = null)
    {
        Customers = customers.ToList();
        Contacts = contacts.ToList();
        Staff = (staff ?? []).ToList();
        OwnDomains = (ownDomains ?? ["happybuttons.de"]).Select(d => d.ToLowerInvariant()).ToList();
        foreach (var customer in Customers)
        {
            _byNumber[customer.Number] = customer;
            foreach (var domain in customer.EmailDomains) _byDomain[domain] = customer;
            foreach (var agreement in customer.FrameworkAgreements) _byAgreement[agreement] = customer;
        }
        foreach (var contact in Contacts) _contactsByEmail[contact.Email] = contact;
    }

    public IReadOnlyList<Customer> Customers { get; }
    public IReadOnlyList<Contact> Contacts { get; }
    public IReadOnlyList<StaffMember> Staff { get; }
    public IReadOnlyList<string> OwnDomains { get; }

    public Customer? FindByNumber(string customerNumber) => _byNumber.GetValueOrDefault(customerNumber.Trim());
    public Customer? FindByDomain(string domain) => _byDomain.GetValueOrDefault(domain.Trim().ToLowerInvariant());
    public Customer? FindByFrameworkAgreement(string agreementNumber) => _byAgreement.GetValueOrDefault(agreementNumber.Trim());
    public Contact? FindContactByEmail(string email) => _contactsByEmail.GetValueOrDefault(email.Trim());
}
