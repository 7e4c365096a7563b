using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace HappyButtons.Engine.Documents;

/// <summary>
/// The invoice (or credit note) as XRechnung 3.0 in the UN/CEFACT Cross Industry Invoice syntax (EN 16931): seller and
/// buyer with addresses, VAT IDs and electronic addresses, the lines, the VAT breakdown per rate, the monetary summation
/// (lines = net; net + VAT = gross per rate and in total) and SEPA credit transfer to our IBAN. Elements in the order of
/// the CII schema.
/// </summary>
public static class XRechnung
{
    public const string Guideline = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";
    public const string BusinessProcess = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    public static readonly XNamespace Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public static readonly XNamespace Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    public static readonly XNamespace Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    public static readonly XNamespace Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    public static byte[] Write(DocumentContent content, CompanyOptions company)
    {
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), Invoice(content, company));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static XElement Invoice(DocumentContent content, CompanyOptions company)
    {
        var currency = content.Currency;
        return new XElement(Rsm + "CrossIndustryInvoice",
            new XAttribute(XNamespace.Xmlns + "rsm", Rsm), new XAttribute(XNamespace.Xmlns + "ram", Ram),
            new XAttribute(XNamespace.Xmlns + "udt", Udt), new XAttribute(XNamespace.Xmlns + "qdt", Qdt),
            new XElement(Rsm + "ExchangedDocumentContext",
                new XElement(Ram + "BusinessProcessSpecifiedDocumentContextParameter", new XElement(Ram + "ID", BusinessProcess)),
                new XElement(Ram + "GuidelineSpecifiedDocumentContextParameter", new XElement(Ram + "ID", Guideline))),
            new XElement(Rsm + "ExchangedDocument",
                new XElement(Ram + "ID", content.Number),
                new XElement(Ram + "TypeCode", content.Kind == DocumentKind.CreditNote ? "381" : "380"),
                new XElement(Ram + "IssueDateTime", Date(content.IssueDate)),
                content.Reason is { Length: > 0 } reason ? new XElement(Ram + "IncludedNote", new XElement(Ram + "Content", reason)) : null),
            new XElement(Rsm + "SupplyChainTradeTransaction",
                content.Lines.Select(line => LineItem(line, currency)),
                new XElement(Ram + "ApplicableHeaderTradeAgreement",
                    // BT-10, mandatory in XRechnung: the buyer's order number, else the customer number.
                    new XElement(Ram + "BuyerReference", content.PoNumber is { Length: > 0 } po ? po : content.CustomerNumber),
                    Seller(content.Seller, company),
                    Party("BuyerTradeParty", content.Buyer, null),
                    content.PoNumber is { Length: > 0 } order ? new XElement(Ram + "BuyerOrderReferencedDocument", new XElement(Ram + "IssuerAssignedID", order)) : null),
                new XElement(Ram + "ApplicableHeaderTradeDelivery",
                    content.DeliverTo is { } to ? new XElement(Ram + "ShipToTradeParty", new XElement(Ram + "Name", to.Name), Address(to)) : null,
                    content.DeliveryDate is { } delivered
                        ? new XElement(Ram + "ActualDeliverySupplyChainEvent", new XElement(Ram + "OccurrenceDateTime", Date(delivered)))
                        : null),
                new XElement(Ram + "ApplicableHeaderTradeSettlement",
                    new XElement(Ram + "PaymentReference", content.Kind == DocumentKind.CreditNote ? content.ReferencedInvoice ?? content.Number : content.Number),
                    new XElement(Ram + "InvoiceCurrencyCode", currency),
                    new XElement(Ram + "SpecifiedTradeSettlementPaymentMeans",
                        new XElement(Ram + "TypeCode", "58"),
                        new XElement(Ram + "PayeePartyCreditorFinancialAccount",
                            new XElement(Ram + "IBANID", company.Iban.Replace(" ", "", StringComparison.Ordinal)),
                            new XElement(Ram + "AccountName", company.FullName)),
                        company.Bic.Length > 0
                            ? new XElement(Ram + "PayeeSpecifiedCreditorFinancialInstitution", new XElement(Ram + "BICID", company.Bic))
                            : null),
                    content.Totals.PerRate.Select(rate => new XElement(Ram + "ApplicableTradeTax",
                        new XElement(Ram + "CalculatedAmount", Amount(rate.Vat)),
                        new XElement(Ram + "TypeCode", "VAT"),
                        new XElement(Ram + "BasisAmount", Amount(rate.Net)),
                        new XElement(Ram + "CategoryCode", Category(rate.Rate)),
                        new XElement(Ram + "RateApplicablePercent", Number(rate.Rate)))),
                    new XElement(Ram + "SpecifiedTradePaymentTerms",
                        new XElement(Ram + "Description", content.DueDate is { } due
                            ? $"Zahlbar ohne Abzug bis {due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}"
                            : "Zahlbar sofort ohne Abzug"),
                        content.DueDate is { } dueDate ? new XElement(Ram + "DueDateDateTime", Date(dueDate)) : null),
                    new XElement(Ram + "SpecifiedTradeSettlementHeaderMonetarySummation",
                        new XElement(Ram + "LineTotalAmount", Amount(content.Lines.Sum(l => l.Total))),
                        new XElement(Ram + "TaxBasisTotalAmount", Amount(content.Totals.Net)),
                        new XElement(Ram + "TaxTotalAmount", new XAttribute("currencyID", currency), Amount(content.Totals.Vat)),
                        new XElement(Ram + "GrandTotalAmount", Amount(content.Totals.Gross)),
                        new XElement(Ram + "DuePayableAmount", Amount(content.Totals.Gross))),
                    content.ReferencedInvoice is { } invoice
                        ? new XElement(Ram + "InvoiceReferencedDocument", new XElement(Ram + "IssuerAssignedID", invoice))
                        : null)));
    }

    private static XElement LineItem(DocumentLine line, string currency) =>
        new(Ram + "IncludedSupplyChainTradeLineItem",
            new XElement(Ram + "AssociatedDocumentLineDocument", new XElement(Ram + "LineID", line.Position)),
            new XElement(Ram + "SpecifiedTradeProduct",
                new XElement(Ram + "SellerAssignedID", line.Sku),
                new XElement(Ram + "Name", line.Description)),
            new XElement(Ram + "SpecifiedLineTradeAgreement",
                new XElement(Ram + "NetPriceProductTradePrice", new XElement(Ram + "ChargeAmount", Number(line.UnitPrice)))),
            new XElement(Ram + "SpecifiedLineTradeDelivery",
                new XElement(Ram + "BilledQuantity", new XAttribute("unitCode", UnitCode(line.Unit)), line.Quantity)),
            new XElement(Ram + "SpecifiedLineTradeSettlement",
                new XElement(Ram + "ApplicableTradeTax",
                    new XElement(Ram + "TypeCode", "VAT"),
                    new XElement(Ram + "CategoryCode", Category(line.VatRate)),
                    new XElement(Ram + "RateApplicablePercent", Number(line.VatRate))),
                new XElement(Ram + "SpecifiedTradeSettlementLineMonetarySummation",
                    new XElement(Ram + "LineTotalAmount", Amount(line.Total)))));

    /// <summary>The seller with the contact XRechnung requires (BR-DE-2: name, phone, e-mail) and its legal registration.</summary>
    private static XElement Seller(DocumentParty seller, CompanyOptions company) =>
        new(Ram + "SellerTradeParty",
            new XElement(Ram + "Name", seller.Name),
            new XElement(Ram + "Description", $"Sitz: {company.Seat}, {company.RegisterCourt} {company.RegisterNumber}, Geschäftsführer: {company.ManagingDirectors}"),
            new XElement(Ram + "SpecifiedLegalOrganization", new XElement(Ram + "ID", company.RegisterNumber)),
            new XElement(Ram + "DefinedTradeContact",
                new XElement(Ram + "PersonName", "Buchhaltung"),
                company.Phone.Length > 0 ? new XElement(Ram + "TelephoneUniversalCommunication", new XElement(Ram + "CompleteNumber", company.Phone)) : null,
                seller.Email is { Length: > 0 } mail ? new XElement(Ram + "EmailURIUniversalCommunication", new XElement(Ram + "URIID", mail)) : null),
            Address(seller),
            seller.Email is { Length: > 0 } address ? new XElement(Ram + "URIUniversalCommunication", new XElement(Ram + "URIID", new XAttribute("schemeID", "EM"), address)) : null,
            new XElement(Ram + "SpecifiedTaxRegistration", new XElement(Ram + "ID", new XAttribute("schemeID", "VA"), seller.VatId)));

    private static XElement Party(string element, DocumentParty party, XElement? contact) =>
        new(Ram + element,
            new XElement(Ram + "Name", party.Name),
            contact,
            Address(party),
            party.Email is { Length: > 0 } address ? new XElement(Ram + "URIUniversalCommunication", new XElement(Ram + "URIID", new XAttribute("schemeID", "EM"), address)) : null,
            party.VatId is { Length: > 0 } vatId ? new XElement(Ram + "SpecifiedTaxRegistration", new XElement(Ram + "ID", new XAttribute("schemeID", "VA"), vatId)) : null);

    private static XElement Address(DocumentParty party) =>
        new(Ram + "PostalTradeAddress",
            new XElement(Ram + "PostcodeCode", party.PostalCode),
            new XElement(Ram + "LineOne", party.Street),
            new XElement(Ram + "CityName", party.City),
            new XElement(Ram + "CountryID", party.Country));

    private static XElement Date(DateOnly date) =>
        new(Udt + "DateTimeString", new XAttribute("format", "102"), date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>An amount with exactly two decimals (EN 16931 amounts).</summary>
    public static string Amount(decimal amount) => DocumentTotals.Cents(amount).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>VAT category: S (standard and reduced rates), Z for a zero rate.</summary>
    private static string Category(decimal rate) => rate == 0 ? "Z" : "S";

    /// <summary>UN/ECE Recommendation 20: pieces are H87.</summary>
    private static string UnitCode(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "kg" => "KGM",
        "m" => "MTR",
        "set" => "SET",
        _ => "H87",
    };
}
