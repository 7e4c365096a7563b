using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Replies;

/// <summary>
/// The closing and the signature block of a business letter of a GmbH (§35a GmbHG): the company with its legal form, the
/// seat, the register court and number, and all managing directors.
/// </summary>
public static class LegalSignature
{
    public static string Closing(Language language) => language == Language.En ? "Kind regards" : "Mit freundlichen Grüßen";

    /// <summary>The <c>HappyButtons:Company</c> keys §35a GmbHG requires that are empty, in the contract's order.</summary>
    public static IReadOnlyList<string> Missing(CompanyOptions company)
    {
        var required = new (string Key, string Value)[]
        {
            (nameof(CompanyOptions.Name), company.Name), (nameof(CompanyOptions.LegalForm), company.LegalForm), (nameof(CompanyOptions.City), company.City),
            (nameof(CompanyOptions.RegisterCourt), company.RegisterCourt), (nameof(CompanyOptions.RegisterNumber), company.RegisterNumber),
            (nameof(CompanyOptions.ManagingDirectors), company.ManagingDirectors),
        };
        return required.Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => r.Key).ToList();
    }

    /// <summary>The block under the clerk's name; call only when <see cref="Missing"/> is empty.</summary>
    public static string Block(CompanyOptions company, Language language)
    {
        var address = string.Join(" · ", new[] { company.Street, $"{company.PostalCode} {company.City}".Trim() }.Where(p => p.Length > 0));
        var lines = language == Language.En
            ? new[]
            {
                company.FullName + (address.Length > 0 ? " · " + address : ""),
                $"Registered office: {company.Seat} · Register court: {company.RegisterCourt} · {company.RegisterNumber}",
                $"Managing directors: {company.ManagingDirectors}",
            }
            : new[]
            {
                company.FullName + (address.Length > 0 ? " · " + address : ""),
                $"Sitz der Gesellschaft: {company.Seat} · Registergericht: {company.RegisterCourt} · {company.RegisterNumber}",
                $"Geschäftsführung: {company.ManagingDirectors}",
            };
        return string.Join("\n", lines);
    }
}
