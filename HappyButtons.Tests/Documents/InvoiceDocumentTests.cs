using System.Globalization;
using System.Xml.Linq;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Orders;
using HappyButtons.Tests.Orders;
using HappyButtons.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace HappyButtons.Tests.Documents;

/// <summary>The issued invoice as German law and the e-invoice standard want it, read back from the stored bytes.</summary>
public sealed class InvoiceDocumentTests
{
    private static readonly XNamespace Ram = XRechnung.Ram;

    private static async Task<(StoredDocument Invoice, TestDatabase Database)> IssueAsync()
    {
        var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync();
        await site.MoveToAsync(id, OrderState.Delivered);
        site.Clock.Advance(TimeSpan.FromDays(2));
        await site.MoveToAsync(id, OrderState.Invoiced);
        return ((await site.Documents.FindAsync(id, DocumentKind.Invoice, CancellationToken.None))!, database);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    [Fact]
    public async Task TheInvoicePdf_CarriesEveryFieldOfSection14UStG_AndTheSection35aGmbHGFooter()
    {
        var (invoice, database) = await IssueAsync();
        await using var _ = database;
        var text = Text(invoice.Pdf);
        // Kept beside the browser screenshots, to look at.
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "invoice.pdf"), invoice.Pdf);

        string[] required =
        [
            // Full name and address of the supplier and of the recipient.
            "Happy Buttons GmbH", "Knopfweg 7", "80331 München",
            "Autowerk Süd GmbH", "Industriestraße 12", "70565 Stuttgart",
            // Our VAT ID, the recipient's, the invoice number (gapless sequence) and date, the delivery date.
            "Unsere USt-IdNr. DE298765432", "Ihre USt-IdNr. DE811122233",
            "Rechnungsnummer RE-2026-00001", "Rechnungsdatum 22.11.2026", "Lieferdatum 20.11.2026",
            // Quantity and description of the goods.
            "10.000", "Vierloch-Knopf 18L schwarz", "2.500", "Zweiloch-Knopf 24L weiß, Perlmutt-Optik",
            // Net per rate, rate, VAT amount, gross.
            "Nettobetrag 19 % 1.200,00 €", "Umsatzsteuer 19 % auf 1.200,00 € 228,00 €",
            "Nettobetrag 7 % 593,75 €", "Umsatzsteuer 7 % auf 593,75 € 41,56 €",
            "Summe netto 1.793,75 €", "Summe Umsatzsteuer 269,56 €", "Gesamtbetrag (brutto) 2.063,31 €",
            // §35a GmbHG: legal form, seat, register court and number, managing directors.
            "Sitz: München", "Registergericht: Amtsgericht München HRB 234567", "Geschäftsführer: Anna Knopf, Bernd Faden",
            // Payment.
            "IBAN DE89 3704 0044 0532 0130 00", "Verwendungszweck: RE-2026-00001", "Zahlbar ohne Abzug bis 22.12.2026",
        ];
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.All(required, field => Assert.Contains(field, flat));
    }

    [Fact]
    public async Task TheXRechnung_HasTheRequiredCiiElements_AndTotalsThatAddUp()
    {
        var (invoice, database) = await IssueAsync();
        await using var _ = database;
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(invoice.Xml!));
        var root = xml.Root!;

        Assert.Equal(XRechnung.Rsm + "CrossIndustryInvoice", root.Name);
        Assert.Equal(XRechnung.Guideline, Value(root, "GuidelineSpecifiedDocumentContextParameter", "ID"));
        Assert.Equal("RE-2026-00001", root.Element(XRechnung.Rsm + "ExchangedDocument")!.Element(Ram + "ID")!.Value);
        Assert.Equal("380", root.Element(XRechnung.Rsm + "ExchangedDocument")!.Element(Ram + "TypeCode")!.Value);
        Assert.Equal("20261122", root.Descendants(Ram + "IssueDateTime").Single().Value);
        Assert.Equal("PO-4711", Value(root, "ApplicableHeaderTradeAgreement", "BuyerReference"));

        var seller = root.Descendants(Ram + "SellerTradeParty").Single();
        Assert.Equal("Happy Buttons GmbH", seller.Element(Ram + "Name")!.Value);
        Assert.Equal(["80331", "Knopfweg 7", "München", "DE"], seller.Element(Ram + "PostalTradeAddress")!.Elements().Select(e => e.Value));
        Assert.Equal("DE298765432", seller.Element(Ram + "SpecifiedTaxRegistration")!.Element(Ram + "ID")!.Value);
        Assert.Equal("VA", seller.Element(Ram + "SpecifiedTaxRegistration")!.Element(Ram + "ID")!.Attribute("schemeID")!.Value);
        Assert.NotNull(seller.Element(Ram + "DefinedTradeContact")!.Element(Ram + "EmailURIUniversalCommunication"));
        Assert.Equal("rechnung@happybuttons.de", seller.Element(Ram + "URIUniversalCommunication")!.Value);
        var buyer = root.Descendants(Ram + "BuyerTradeParty").Single();
        Assert.Equal("Autowerk Süd GmbH", buyer.Element(Ram + "Name")!.Value);
        Assert.Equal(["70565", "Industriestraße 12", "Stuttgart", "DE"], buyer.Element(Ram + "PostalTradeAddress")!.Elements().Select(e => e.Value));
        Assert.Equal("DE811122233", buyer.Element(Ram + "SpecifiedTaxRegistration")!.Value);
        Assert.Equal("einkauf@autowerk-sued.de", buyer.Element(Ram + "URIUniversalCommunication")!.Value);
        Assert.Equal("20261120", root.Descendants(Ram + "ActualDeliverySupplyChainEvent").Single().Value);

        var means = root.Descendants(Ram + "SpecifiedTradeSettlementPaymentMeans").Single();
        Assert.Equal("58", means.Element(Ram + "TypeCode")!.Value);
        Assert.Equal("DE89370400440532013000", means.Descendants(Ram + "IBANID").Single().Value);
        Assert.Equal("EUR", Value(root, "ApplicableHeaderTradeSettlement", "InvoiceCurrencyCode"));

        // Lines: quantity × price = line amount; the lines add up to the net.
        var lines = root.Descendants(Ram + "IncludedSupplyChainTradeLineItem").ToList();
        Assert.Equal(2, lines.Count);
        foreach (var line in lines)
        {
            var quantity = Amount(line.Descendants(Ram + "BilledQuantity").Single());
            var price = Amount(line.Descendants(Ram + "ChargeAmount").Single());
            Assert.Equal(decimal.Round(quantity * price, 2), Amount(line.Descendants(Ram + "LineTotalAmount").Single()));
            Assert.Equal("H87", line.Descendants(Ram + "BilledQuantity").Single().Attribute("unitCode")!.Value);
        }

        var summation = root.Descendants(Ram + "SpecifiedTradeSettlementHeaderMonetarySummation").Single();
        decimal Sum(string name) => Amount(summation.Element(Ram + name)!);
        Assert.Equal(lines.Sum(l => Amount(l.Descendants(Ram + "LineTotalAmount").Single())), Sum("LineTotalAmount"));
        Assert.Equal(Sum("LineTotalAmount"), Sum("TaxBasisTotalAmount"));

        // Per rate: basis = the rate's lines, tax = basis × rate; the rates add up to the totals; net + VAT = gross.
        var taxes = root.Element(XRechnung.Rsm + "SupplyChainTradeTransaction")!.Element(Ram + "ApplicableHeaderTradeSettlement")!.Elements(Ram + "ApplicableTradeTax").ToList();
        Assert.Equal(2, taxes.Count);
        foreach (var tax in taxes)
        {
            var rate = Amount(tax.Element(Ram + "RateApplicablePercent")!);
            var basis = Amount(tax.Element(Ram + "BasisAmount")!);
            Assert.Equal("VAT", tax.Element(Ram + "TypeCode")!.Value);
            Assert.Equal("S", tax.Element(Ram + "CategoryCode")!.Value);
            Assert.Equal(lines.Where(l => Amount(l.Descendants(Ram + "RateApplicablePercent").Single()) == rate).Sum(l => Amount(l.Descendants(Ram + "LineTotalAmount").Single())), basis);
            Assert.Equal(decimal.Round(basis * rate / 100m, 2, MidpointRounding.AwayFromZero), Amount(tax.Element(Ram + "CalculatedAmount")!));
        }

        Assert.Equal(taxes.Sum(t => Amount(t.Element(Ram + "BasisAmount")!)), Sum("TaxBasisTotalAmount"));
        Assert.Equal(taxes.Sum(t => Amount(t.Element(Ram + "CalculatedAmount")!)), Sum("TaxTotalAmount"));
        Assert.Equal(Sum("TaxBasisTotalAmount") + Sum("TaxTotalAmount"), Sum("GrandTotalAmount"));
        Assert.Equal(Sum("GrandTotalAmount"), Sum("DuePayableAmount"));
        Assert.Equal(2063.31m, Sum("GrandTotalAmount"));
        Assert.Equal("20261222", root.Descendants(Ram + "DueDateDateTime").Single().Value);
    }

    [Fact]
    public void TheGiroCode_IsAnEpcPayload_WithTheInvoiceNumberAsRemittance()
    {
        var payload = GiroCode.Payload("COBADEFFXXX", "Happy Buttons GmbH", "DE89 3704 0044 0532 0130 00", 2063.31m, "RE-2026-00001");

        Assert.Equal(["BCD", "002", "1", "SCT", "COBADEFFXXX", "Happy Buttons GmbH", "DE89370400440532013000", "EUR2063.31", "", "", "RE-2026-00001"],
            payload.Split('\n'));
        Assert.DoesNotContain('\r', payload);
        Assert.Equal("EUR0.10", GiroCode.Payload("X", "n", "DE", 0.1m, "r").Split('\n')[7]);
        Assert.Throws<ArgumentOutOfRangeException>(() => GiroCode.Payload("X", "n", "DE", 0m, "r"));
    }

    [Fact]
    public void TheDeliveryNote_ListsTheGoodsWithoutPrices()
    {
        var content = new DocumentContent(DocumentKind.DeliveryNote, "LS-2026-00001", new DateOnly(2026, 11, 20), "AB-2026-00001", "PO-4711", "10042",
            new DocumentParty("Happy Buttons GmbH", "Knopfweg 7", "80331", "München", "DE", "DE298765432"),
            new DocumentParty("Autowerk Süd GmbH", "Industriestraße 12", "70565", "Stuttgart", "DE", null), null, new DateOnly(2026, 11, 20), null, "EUR",
            [new DocumentLine(1, "HB-4H-18L-BLK", "Vierloch-Knopf 18L schwarz", 10_000, "Stk", 0.12m, 19m, 1200m)],
            DocumentTotals.Of([(19m, 1200m)]));

        var text = Text(OrderDocumentPdf.Render(content, TestCompany.Complete(), DateTimeOffset.UnixEpoch));

        Assert.Contains("Lieferschein LS-2026-00001", text);
        Assert.Contains("Vierloch-Knopf 18L schwarz", text);
        Assert.DoesNotContain("1.200,00", text);
        Assert.Contains("Geschäftsführer: Anna Knopf, Bernd Faden", text);
    }

    private static string Value(XElement root, string parent, string child) => root.Descendants(Ram + parent).Single().Element(Ram + child)!.Value;

    private static decimal Amount(XElement element) => decimal.Parse(element.Value, CultureInfo.InvariantCulture);
}
