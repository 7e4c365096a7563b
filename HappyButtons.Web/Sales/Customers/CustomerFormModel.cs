using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Persistence;

namespace HappyButtons.Web.Sales.Customers;

/// <summary>What the customer form edits: the customer's fields as typed, and its contacts.</summary>
public sealed class CustomerFormModel
{
    public string Number { get; set; } = "";
    public string Name { get; set; } = "";
    public CustomerType Type { get; set; } = CustomerType.Regular;
    public bool IsVip { get; set; }
    public Language Language { get; set; } = Language.De;

    /// <summary>Mail domains as typed: separated by commas, spaces or line breaks.</summary>
    public string Domains { get; set; } = "";

    public string Agreements { get; set; } = "";
    public string Street { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";
    public string Country { get; set; } = "DE";
    public string VatId { get; set; } = "";
    public List<ContactFormModel> Contacts { get; set; } = [];

    /// <summary>The stored version the edit started from (0 for a new customer); the store refuses the save when it changed since.</summary>
    public int Version { get; set; }

    public static CustomerFormModel From(Customer customer, IEnumerable<Contact> contacts) => new()
    {
        Number = customer.Number, Name = customer.Name, Type = customer.Type, IsVip = customer.IsVip, Language = customer.Language,
        Domains = string.Join(", ", customer.EmailDomains), Agreements = string.Join(", ", customer.FrameworkAgreements), Version = customer.Version,
        Street = customer.Address?.Street ?? "", PostalCode = customer.Address?.PostalCode ?? "", City = customer.Address?.City ?? "",
        Country = customer.Address?.Country ?? "DE", VatId = customer.VatId ?? "",
        Contacts = contacts.Select(ContactFormModel.From).ToList(),
    };

    public Customer ToCustomer() =>
        new(Number.Trim(), Name.Trim(), Type, IsVip, Language,
            CustomerRules.SplitList(Domains).Select(CustomerRules.NormalizeDomain).Distinct().ToList(), CustomerRules.SplitList(Agreements).Distinct().ToList())
        {
            Version = Version,
            Address = new CustomerAddress(Street.Trim(), PostalCode.Trim(), City.Trim(), Country.Trim().ToUpperInvariant()) is { IsEmpty: false } address ? address : null,
            VatId = CustomerRules.NormalizeVatId(VatId) is { Length: > 0 } vatId ? vatId : null,
        };

    public IReadOnlyList<Contact> ToContacts() => Contacts.Select(c => c.ToContact(Number.Trim())).ToList();

    /// <summary>Everything the rules say about the customer and its contacts (addresses of other customers' contacts included).</summary>
    public IReadOnlyList<CustomerProblem> Check(ICustomerDirectory directory)
    {
        var customer = ToCustomer();
        var contacts = ToContacts();
        var problems = CustomerRules.Check(customer).Concat(contacts.SelectMany(CustomerRules.Check)).Concat(CustomerRules.CheckTogether(contacts)).ToList();
        foreach (var contact in contacts.Where(c => CustomerRules.IsEmail(c.Email)))
        {
            if (directory.FindContactByEmail(contact.Email) is { } known && known.CustomerNumber != customer.Number)
            {
                problems.Add(new CustomerProblem(CustomerField.Email, CustomerCsv.ContactElsewhere, contact.Email, known.CustomerNumber));
            }
        }

        return problems;
    }
}

/// <summary>One contact row of the form; <see cref="StoredEmail"/> is the address it was loaded with (null for a new row).</summary>
public sealed class ContactFormModel
{
    public string Salutation { get; set; } = "";
    public string Title { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Email { get; set; } = "";
    public string? StoredEmail { get; init; }

    /// <summary>Tells rows apart for rendering (the address may be edited).</summary>
    public Guid Key { get; } = Guid.NewGuid();

    public static ContactFormModel From(Contact contact) => new()
    {
        Salutation = contact.PreferredSalutation ?? "", Title = contact.Title ?? "", FirstName = contact.FirstName, LastName = contact.LastName,
        Email = contact.Email, StoredEmail = contact.Email,
    };

    public Contact ToContact(string customerNumber) =>
        new(FirstName.Trim(), LastName.Trim(), CustomerStore.NormalizeEmail(Email), customerNumber, Blank(Title), Blank(Salutation));

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
