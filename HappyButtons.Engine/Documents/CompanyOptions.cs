namespace HappyButtons.Engine.Documents;

/// <summary>
/// The company data documents print (<c>HappyButtons:Company:*</c>): the seller on invoices (§14 UStG) and the
/// mandatory business-letter data of a GmbH in the footer (§35a GmbHG).
/// </summary>
public sealed class CompanyOptions
{
    public const string Section = "HappyButtons:Company";

    public string Name { get; set; } = "";

    /// <summary>e.g. <c>GmbH</c>; printed after the name unless the name ends with it.</summary>
    public string LegalForm { get; set; } = "";

    public string Street { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2, e.g. <c>DE</c>.</summary>
    public string Country { get; set; } = "DE";

    /// <summary>The register court at the seat, e.g. <c>Amtsgericht München</c>.</summary>
    public string RegisterCourt { get; set; } = "";

    /// <summary>e.g. <c>HRB 123456</c>.</summary>
    public string RegisterNumber { get; set; } = "";

    /// <summary>All managing directors, comma-separated.</summary>
    public string ManagingDirectors { get; set; } = "";

    public string VatId { get; set; } = "";
    public string Iban { get; set; } = "";
    public string Bic { get; set; } = "";
    public string Bank { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Web { get; set; } = "";

    /// <summary>Optional: the address for questions on an invoice (XRechnung's seller contact); empty for none.</summary>
    public string Email { get; set; } = "";

    /// <summary>The seat is the city of the address.</summary>
    public string Seat => City;

    /// <summary>The name as the legal entity: "Happy Buttons GmbH".</summary>
    public string FullName => LegalForm.Length == 0 || Name.EndsWith(LegalForm, StringComparison.OrdinalIgnoreCase) ? Name : Name + " " + LegalForm;

    /// <summary>The keys (under <c>HappyButtons:Company</c>) an invoice needs and this configuration lacks, in the order of the contract.</summary>
    public IReadOnlyList<string> MissingForInvoice()
    {
        var required = new (string Key, string Value)[]
        {
            (nameof(Name), Name), (nameof(LegalForm), LegalForm), (nameof(Street), Street), (nameof(PostalCode), PostalCode), (nameof(City), City),
            (nameof(Country), Country), (nameof(RegisterCourt), RegisterCourt), (nameof(RegisterNumber), RegisterNumber),
            (nameof(ManagingDirectors), ManagingDirectors), (nameof(VatId), VatId), (nameof(Iban), Iban), (nameof(Bic), Bic),
        };
        return required.Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => r.Key).ToList();
    }
}
