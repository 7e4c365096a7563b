using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>
/// Matches the sender to a customer: exact contact address first, then the sender's domain
/// (or a parent domain; free-mail domains never match), then a customer or framework-agreement
/// number quoted in the text.
/// </summary>
public sealed class CustomerMatcher(ICustomerDirectory directory)
{
    public CustomerMatch Match(IntakeMessage message, OemReferences references)
    {
        var address = message.From.Address.Trim();
        var contact = directory.FindContactByEmail(address);
        if (contact is not null)
            return new CustomerMatch(CustomerMatchKind.ExactAddress, directory.FindByNumber(contact.CustomerNumber), contact);

        var domain = message.From.Domain;
        if (domain.Length > 0 && !FreeMailDomains.Contains(domain))
        {
            var byDomain = FindByDomainOrParent(domain);
            if (byDomain is not null)
                return new CustomerMatch(CustomerMatchKind.Domain, byDomain, null);
        }

        var referenced = references.ReferencedCustomer(directory);
        return referenced is null ? CustomerMatch.None : new CustomerMatch(CustomerMatchKind.ReferenceInText, referenced, null);
    }

    private Customer? FindByDomainOrParent(string domain)
    {
        for (var current = domain; current.Contains('.'); current = current[(current.IndexOf('.') + 1)..])
        {
            var customer = directory.FindByDomain(current);
            if (customer is not null) return customer;
        }
        return null;
    }
}
