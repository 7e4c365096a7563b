using System.Xml.Linq;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Orders;
using HappyButtons.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace HappyButtons.Tests.Orders;

/// <summary>Credit notes over part of an invoice: limits per line, numbering, the PDF and the XRechnung, on SQLite and PostgreSQL.</summary>
public abstract class CreditNoteTests(TestProvider provider)
{
    private static readonly XNamespace Ram = XRechnung.Ram;

    private static async Task<(OrderSite Site, long Id)> InvoicedAsync(TestDatabase database)
    {
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync();
        await site.MoveToAsync(id, OrderState.Invoiced);
        return (site, id);
    }

    [Fact]
    public async Task PartialCreditNotes_CreditUpToWhatWasInvoicedPerLine_WithGaplessNumbers_AndTheRestAtTheEnd()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (site, id) = await InvoicedAsync(database);

        var first = await site.Orders.IssueCreditNoteAsync(id, "2.000 Stück beschädigt", [new("HB-4H-18L-BLK", 2_000)], OrderSite.Finance, CancellationToken.None);
        var second = await site.Orders.IssueCreditNoteAsync(id, "Rest schwarz, Teil weiß", [new("hb-4h-18l-blk", 8_000), new("HB-2H-24L-WHT", 500)], OrderSite.Finance, CancellationToken.None);
        var tooMuch = await site.Orders.IssueCreditNoteAsync(id, "noch einmal", [new("HB-4H-18L-BLK", 1), new("HB-2H-24L-WHT", 2_001), new("HB-NOPE", 1)], OrderSite.Finance, CancellationToken.None);
        var none = await site.Orders.IssueCreditNoteAsync(id, "nichts", [new("HB-2H-24L-WHT", 0)], OrderSite.Finance, CancellationToken.None);
        var sales = await site.Orders.IssueCreditNoteAsync(id, "Vertrieb", [new("HB-2H-24L-WHT", 1)], OrderSite.Sales, CancellationToken.None);
        var creditable = await site.Orders.CreditableAsync(id, CancellationToken.None);
        var rest = await site.Orders.IssueCreditNoteAsync(id, "Rest", OrderSite.Finance, CancellationToken.None);
        var nothingLeft = await site.Orders.IssueCreditNoteAsync(id, "Rest", OrderSite.Finance, CancellationToken.None);

        Assert.Equal(("GS-2026-00001", "GS-2026-00002", "GS-2026-00003"), (first.Number, second.Number, rest.Number));
        Assert.Equal("lines", tooMuch.Refusal);
        Assert.Equal([(CreditProblemKind.TooMuch, "HB-4H-18L-BLK", (long?)0), (CreditProblemKind.TooMuch, "HB-2H-24L-WHT", 2_000), (CreditProblemKind.NotInvoiced, "HB-NOPE", null)],
            tooMuch.Problems!.Select(p => (p.Kind, p.Sku, p.Remaining)));
        Assert.Contains("von HB-2H-24L-WHT lassen sich höchstens noch 2000 gutschreiben", tooMuch.Problems![1].Message("de"));
        Assert.Equal("no_lines", none.Refusal);
        Assert.Equal("role", sales.Refusal);
        Assert.Equal([(10_000L, 10_000L), (2_500L, 500L)], creditable.Select(c => (c.Invoiced, c.Credited)));
        Assert.Equal("nothing_left", nothingLeft.Refusal);
        var restXml = XDocument.Parse(System.Text.Encoding.UTF8.GetString((await site.Documents.FindByNumberAsync(id, "GS-2026-00003", CancellationToken.None))!.Xml!));
        Assert.Equal(["2000"], restXml.Descendants(Ram + "BilledQuantity").Select(q => q.Value));
        var order = (await site.Queries.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(3, order.Documents.Count(d => d.Kind == DocumentKind.CreditNote));
        Assert.Equal(OrderState.Invoiced, order.State);
    }

    [Fact]
    public async Task APartialCreditNote_PrintsOnlyTheCreditedLines_AndItsXRechnungIsType381WithTotalsThatAddUp()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (site, id) = await InvoicedAsync(database);
        var invoice = (await site.Documents.FindAsync(id, DocumentKind.Invoice, CancellationToken.None))!;

        var issued = await site.Orders.IssueCreditNoteAsync(id, "2.000 Stück beschädigt", [new("HB-4H-18L-BLK", 2_000)], OrderSite.Finance, CancellationToken.None);

        var note = (await site.Documents.FindByNumberAsync(id, issued.Number!, CancellationToken.None))!;
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "credit-note-partial.pdf"), note.Pdf);
        string text;
        using (var pdf = PdfDocument.Open(note.Pdf))
        {
            text = string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        }

        foreach (var expected in new[] { "Gutschrift", "Gutschriftnummer GS-2026-00001", "Zu Rechnung RE-2026-00001", "2.000", "Vierloch-Knopf 18L schwarz",
                     "2.000 Stück beschädigt", "Summe netto 240,00 €", "Summe Umsatzsteuer 45,60 €", "Gutschriftbetrag (brutto) 285,60 €" })
        {
            Assert.Contains(expected, text);
        }

        Assert.DoesNotContain("Zweiloch", text);
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(note.Xml!));
        Assert.Equal("381", xml.Descendants(XRechnung.Rsm + "ExchangedDocument").Single().Element(Ram + "TypeCode")!.Value);
        Assert.Equal("RE-2026-00001", xml.Descendants(Ram + "InvoiceReferencedDocument").Single().Element(Ram + "IssuerAssignedID")!.Value);
        var line = xml.Descendants(Ram + "IncludedSupplyChainTradeLineItem").Single();
        Assert.Equal(("HB-4H-18L-BLK", "2000", "240.00"), (line.Descendants(Ram + "SellerAssignedID").Single().Value,
            line.Descendants(Ram + "BilledQuantity").Single().Value, line.Descendants(Ram + "LineTotalAmount").Single().Value));
        var sums = xml.Descendants(Ram + "SpecifiedTradeSettlementHeaderMonetarySummation").Single();
        string Sum(string name) => sums.Element(Ram + name)!.Value;
        Assert.Equal(("240.00", "240.00", "45.60", "285.60", "285.60"),
            (Sum("LineTotalAmount"), Sum("TaxBasisTotalAmount"), Sum("TaxTotalAmount"), Sum("GrandTotalAmount"), Sum("DuePayableAmount")));
        var tax = xml.Descendants(Ram + "ApplicableTradeTax").Where(t => t.Element(Ram + "CalculatedAmount") is not null).ToList();
        Assert.Equal([("45.60", "240.00", "19")], tax.Select(t => (t.Element(Ram + "CalculatedAmount")!.Value, t.Element(Ram + "BasisAmount")!.Value, t.Element(Ram + "RateApplicablePercent")!.Value)));
        Assert.Equal(invoice.Pdf, (await site.Documents.FindAsync(id, DocumentKind.Invoice, CancellationToken.None))!.Pdf);
    }
}

public sealed class CreditNoteTestsOnSqlite() : CreditNoteTests(TestProvider.Sqlite);

public sealed class CreditNoteTestsOnPostgreSql() : CreditNoteTests(TestProvider.PostgreSql);
