namespace HappyButtons.Engine.Intake.Customers;

/// <summary>Read access to customers, contacts and staff. The database-backed version comes later.</summary>
public interface ICustomerDirectory
{
    IReadOnlyList<Customer> Customers { get; }
    IReadOnlyList<Contact> Contacts { get; }
    IReadOnlyList<StaffMember> Staff { get; }
    /// <summary>Our own mail domains (e.g. happybuttons.de); protected against lookalikes like customer domains.</summary>
    IReadOnlyList<string> OwnDomains { get; }

    Customer? FindByNumber(string customerNumber);
    Customer? FindByDomain(string domain);
    Customer? FindByFrameworkAgreement(string agreementNumber);
    Contact? FindContactByEmail(string email);
}
