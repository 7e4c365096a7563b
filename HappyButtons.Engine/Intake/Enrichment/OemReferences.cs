using System.Text.RegularExpressions;
using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>Customer numbers and framework-agreement numbers quoted in subject or text.</summary>
public sealed record OemReferences(IReadOnlyList<string> CustomerNumbers, IReadOnlyList<string> FrameworkAgreements)
{
    // Vetted patterns without nested or ambiguous quantifiers: linear time, so no match timeout.
    private static readonly Regex AgreementPattern = new(
        @"\b(?:RV|FA|RA)-\d{4}-\d{2,4}\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Regex.InfiniteMatchTimeout);

    private static readonly Regex CustomerNumberPattern = new(
        @"(?:\bKd\.?[\s-]*Nr\.?|\bKunden-?\s*nummer|\bKunden-?Nr\.?|\bcustomer\s*(?:no\.?|number|id|#)|\baccount\s*(?:no\.?|number))[\s:#.]*(\d{4,6})\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Regex.InfiniteMatchTimeout);

    public static OemReferences Find(string text)
    {
        var agreements = AgreementPattern.Matches(text).Select(m => m.Value.ToUpperInvariant()).Distinct().ToList();
        var numbers = CustomerNumberPattern.Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        return new OemReferences(numbers, agreements);
    }

    public Customer? ReferencedCustomer(ICustomerDirectory directory) =>
        FrameworkAgreements.Select(directory.FindByFrameworkAgreement).FirstOrDefault(c => c is not null)
        ?? CustomerNumbers.Select(directory.FindByNumber).FirstOrDefault(c => c is not null);
}
