namespace HappyButtons.Engine.Documents;

/// <summary>An output document of an order; the codes are the API's and the database's.</summary>
public enum DocumentKind { Confirmation, DeliveryNote, Invoice, CreditNote }

public static class DocumentKinds
{
    public static string Code(this DocumentKind kind) => kind switch
    {
        DocumentKind.Confirmation => "confirmation",
        DocumentKind.DeliveryNote => "delivery_note",
        DocumentKind.Invoice => "invoice",
        _ => "credit_note",
    };

    /// <summary>The document's name in the download address: <c>confirmation</c>, <c>delivery-note</c>, <c>invoice</c>, <c>credit-note</c>.</summary>
    public static string Slug(this DocumentKind kind) => kind.Code().Replace('_', '-');

    public static DocumentKind? FromCode(string? code) =>
        Enum.GetValues<DocumentKind>().Cast<DocumentKind?>().FirstOrDefault(k => k!.Value.Code() == code || k.Value.Slug() == code);

    /// <summary>The German title printed on the document.</summary>
    public static string Title(this DocumentKind kind) => kind switch
    {
        DocumentKind.Confirmation => "Auftragsbestätigung",
        DocumentKind.DeliveryNote => "Lieferschein",
        DocumentKind.Invoice => "Rechnung",
        _ => "Gutschrift",
    };
}

/// <summary>A party of a document: full name, postal address, VAT ID (and an e-mail address for the e-invoice).</summary>
public sealed record DocumentParty(string Name, string Street, string PostalCode, string City, string Country, string? VatId, string? Email = null);

/// <summary>One line as printed: what, how many, at what net price and VAT rate.</summary>
public sealed record DocumentLine(int Position, string Sku, string Description, long Quantity, string Unit, decimal UnitPrice, decimal VatRate, decimal Total);

/// <summary>The net amount and VAT of one VAT rate.</summary>
public sealed record VatBreakdown(decimal Rate, decimal Net, decimal Vat);

/// <summary>Net per rate, VAT per rate, and the sums: VAT is computed per rate on the rate's net sum, rounded to the cent.</summary>
public sealed record DocumentTotals(IReadOnlyList<VatBreakdown> PerRate, decimal Net, decimal Vat, decimal Gross)
{
    public static DocumentTotals Of(IEnumerable<(decimal Rate, decimal Total)> lines)
    {
        var perRate = lines.GroupBy(l => l.Rate).OrderByDescending(g => g.Key)
            .Select(g => new VatBreakdown(g.Key, g.Sum(l => l.Total), Cents(g.Sum(l => l.Total) * g.Key / 100m)))
            .ToList();
        var net = perRate.Sum(r => r.Net);
        var vat = perRate.Sum(r => r.Vat);
        return new DocumentTotals(perRate, net, vat, net + vat);
    }

    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}

/// <summary>Everything one document prints, fixed when it is issued.</summary>
public sealed record DocumentContent(
    DocumentKind Kind,
    string Number,
    DateOnly IssueDate,
    string OrderNumber,
    string? PoNumber,
    string CustomerNumber,
    DocumentParty Seller,
    DocumentParty Buyer,
    DocumentParty? DeliverTo,
    DateOnly? DeliveryDate,
    DateOnly? RequestedDeliveryDate,
    string Currency,
    IReadOnlyList<DocumentLine> Lines,
    DocumentTotals Totals,
    DateOnly? DueDate = null,
    string? ReferencedInvoice = null,
    string? Reason = null);
