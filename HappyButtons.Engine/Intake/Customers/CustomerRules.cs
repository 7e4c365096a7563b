using System.Globalization;

namespace HappyButtons.Engine.Intake.Customers;

/// <summary>The customer field a problem is about (the UI puts the message next to that field).</summary>
public enum CustomerField { Number, Name, Type, Vip, Language, Domains, Agreements, VatId, Address, Salutation, Title, FirstName, LastName, Email }

/// <summary>
/// What is wrong with a customer or contact: an English text with <c>{0}</c> placeholders, which is also the key of its
/// translation in the UI, and the values for them.
/// </summary>
public sealed record CustomerProblem(CustomerField Field, string Text, params object[] Arguments)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Text, Arguments);
}

/// <summary>The rules every customer and contact obeys, whether typed into the form or read from an import file.</summary>
public static class CustomerRules
{
    public const int MaxNameLength = 200;
    public const int MaxAgreementLength = 40;

    public const string NumberMissing = "The customer number is missing.";
    public const string NumberInvalid = "The customer number \"{0}\" is not valid: it has 4 to 10 digits and nothing else.";
    public const string NameMissing = "The name is missing.";
    public const string NameTooLong = "The name is longer than {0} characters.";
    public const string NotADomain = "\"{0}\" is not a mail domain.";
    public const string FreeMailDomain = "\"{0}\" is a public mail provider and cannot identify a customer.";
    public const string NotAnAgreement = "\"{0}\" is not an agreement number (letters, digits, - / . and at most 40 characters).";
    public const string EmailMissing = "A contact needs an e-mail address.";
    public const string EmailInvalid = "\"{0}\" is not an e-mail address.";
    public const string LastNameMissing = "A contact needs a last name.";
    public const string EmailTwice = "The e-mail address {0} appears twice.";
    public const string VatIdInvalid = "\"{0}\" is not a VAT ID: two letters of the country, then 2 to 12 letters or digits (e.g. DE123456789).";
    public const string AddressIncomplete = "The address needs street, postal code, city and a two-letter country code (e.g. DE).";

    /// <summary>Every problem text of these rules (each needs its translation).</summary>
    public static IReadOnlyList<string> Texts { get; } =
        [NumberMissing, NumberInvalid, NameMissing, NameTooLong, NotADomain, FreeMailDomain, NotAnAgreement, EmailMissing, EmailInvalid, LastNameMissing, EmailTwice, VatIdInvalid, AddressIncomplete];

    /// <summary>A customer number is 4 to 10 digits: "10042". Excel's "1.0042E+4" or "10042.0" are refused, not guessed at.</summary>
    public static bool IsValidNumber(string number) => number.Length is >= 4 and <= 10 && number.All(char.IsAsciiDigit);

    public static bool IsMailDomain(string domain) =>
        domain.Length is > 3 and <= 253 && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..")
        && domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');

    public static bool IsEmail(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && email.Length <= 320 && !email.Any(char.IsWhiteSpace) && IsMailDomain(email[(at + 1)..].ToLowerInvariant());
    }

    public static bool IsAgreement(string agreement) =>
        agreement.Length is > 0 and <= MaxAgreementLength && agreement.All(c => char.IsLetterOrDigit(c) || c is '-' or '/' or '.' or '_');

    /// <summary>A VAT identification number: the country's two letters and 2 to 12 letters or digits, e.g. <c>DE123456789</c>.</summary>
    public static bool IsVatId(string vatId) =>
        vatId.Length is >= 4 and <= 14 && char.IsAsciiLetterUpper(vatId[0]) && char.IsAsciiLetterUpper(vatId[1]) && vatId[2..].All(char.IsAsciiLetterOrDigit);

    public static bool IsCompleteAddress(CustomerAddress address) =>
        address.Street.Length > 0 && address.PostalCode.Length > 0 && address.City.Length > 0 && address.Country.Length == 2 && address.Country.All(char.IsAsciiLetterUpper);

    /// <summary>A VAT ID as stored: upper-case, without spaces, dots or dashes.</summary>
    public static string NormalizeVatId(string vatId) => new(vatId.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>Splits a list typed or imported in one field: by spaces, commas, semicolons, '|' or line breaks.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Split([' ', ',', ';', '|', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A domain as stored: lower-case, without a leading "@" or trailing dot.</summary>
    public static string NormalizeDomain(string domain) => domain.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant();

    public static IReadOnlyList<CustomerProblem> Check(Customer customer)
    {
        var problems = new List<CustomerProblem>();
        if (customer.Number.Length == 0) problems.Add(new(CustomerField.Number, NumberMissing));
        else if (!IsValidNumber(customer.Number)) problems.Add(new(CustomerField.Number, NumberInvalid, customer.Number));
        if (string.IsNullOrWhiteSpace(customer.Name)) problems.Add(new(CustomerField.Name, NameMissing));
        else if (customer.Name.Length > MaxNameLength) problems.Add(new(CustomerField.Name, NameTooLong, MaxNameLength));
        foreach (var domain in customer.EmailDomains)
        {
            if (!IsMailDomain(domain)) problems.Add(new(CustomerField.Domains, NotADomain, domain));
            else if (FreeMailDomains.Contains(domain)) problems.Add(new(CustomerField.Domains, FreeMailDomain, domain));
        }

        problems.AddRange(customer.FrameworkAgreements.Where(a => !IsAgreement(a)).Select(a => new CustomerProblem(CustomerField.Agreements, NotAnAgreement, a)));
        if (customer.VatId is { Length: > 0 } vatId && !IsVatId(vatId)) problems.Add(new(CustomerField.VatId, VatIdInvalid, vatId));
        if (customer.Address is { IsEmpty: false } address && !IsCompleteAddress(address)) problems.Add(new(CustomerField.Address, AddressIncomplete));
        return problems;
    }

    public static IReadOnlyList<CustomerProblem> Check(Contact contact)
    {
        var problems = new List<CustomerProblem>();
        if (string.IsNullOrWhiteSpace(contact.Email)) problems.Add(new(CustomerField.Email, EmailMissing));
        else if (!IsEmail(contact.Email.Trim())) problems.Add(new(CustomerField.Email, EmailInvalid, contact.Email.Trim()));
        if (string.IsNullOrWhiteSpace(contact.LastName)) problems.Add(new(CustomerField.LastName, LastNameMissing));
        return problems;
    }

    /// <summary>Problems of a customer's contacts as a whole: an address may belong to one contact only.</summary>
    public static IReadOnlyList<CustomerProblem> CheckTogether(IEnumerable<Contact> contacts) =>
        contacts.Where(c => !string.IsNullOrWhiteSpace(c.Email)).GroupBy(c => c.Email.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => new CustomerProblem(CustomerField.Email, EmailTwice, g.Key)).ToList();
}
