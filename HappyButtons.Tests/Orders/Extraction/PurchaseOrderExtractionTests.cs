using HappyButtons.Engine.Orders.Extraction;

namespace HappyButtons.Tests.Orders.Extraction;

/// <summary>Purchase orders per format read into lines, and what the extraction flags instead of changing.</summary>
public sealed class PurchaseOrderExtractionTests
{
    private static void AssertLines(PurchaseOrderExtraction result, params (string Sku, decimal Quantity)[] expected) =>
        Assert.Equal(expected.ToList(), result.Lines.Select(l => (l.Sku!, l.Quantity!.Value)).ToList());

    [Fact]
    public void AGermanTextOrder_GivesItsLines_WithQuantitiesInGermanFormat_AndTheDeliveryDate()
    {
        var result = TestCatalog.Read("""
            Sehr geehrte Damen und Herren,

            bitte liefern Sie gemäß Lieferplan:
            Pos. 10  HB-9001 Kunststoffknopf Polyamid 20mm grau  40.000 Stk  Anliefertermin 21.03.2027
            Pos. 20  HB-9002 Clip-Knopf 12mm  25.000 Stk.

            Mit freundlichen Grüßen
            Autowerk Süd AG, Materialdisposition
            """, customer: "10042", subject: "Lieferabruf Nr. 2026-0412");

        AssertLines(result, ("HB-9001", 40_000m), ("HB-9002", 25_000m));
        Assert.Equal(new DateOnly(2027, 3, 21), result.Lines[0].DeliveryDate);
        Assert.Equal("2026-0412", result.PoNumber!.Value);
        Assert.Contains("Pos. 10", result.Lines[0].SourceText);
        Assert.All(result.Lines, l => Assert.InRange(l.Confidence, 0.8, 1.0));
    }

    [Fact]
    public void AnEnglishTextOrder_ReadsEnglishThousands_PricesPerPiece_AndTheDateInWords()
    {
        var result = TestCatalog.Read("""
            Dear Sales Team,

            please find our purchase order PO-77812:
            - 10,000 pcs HB-2210 metal shank button 18mm antique brass at EUR 0.26 per piece
            - 2,500 pcs HB-1010 shirt button white 11mm, EUR 0.030

            Requested delivery date: 30 April 2027.
            Ship to: Brightwear Ltd, Unit 4, Riverside Park, London E14 9TP

            Kind regards, Oliver Grant
            """, customer: "30104");

        AssertLines(result, ("HB-2210", 10_000m), ("HB-1010", 2_500m));
        Assert.Equal([0.26m, 0.030m], result.Lines.Select(l => l.UnitPrice!.Value));
        Assert.All(result.Lines, l => Assert.Equal(new DateOnly(2027, 4, 30), l.DeliveryDate));
        Assert.Equal("PO-77812", result.PoNumber!.Value);
        Assert.StartsWith("Brightwear Ltd, Unit 4", result.DeliveryAddress!.Value);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void APdfTable_IsReadByItsColumns_EvenWhenNumbersStandRightAligned()
    {
        var pdf = new OrderPdf()
            .Line("Modehaus Lindner GmbH", size: 12, bold: true)
            .Line("BESTELLUNG 4500123987")
            .Line("Bestell-Nr.: 4500123987     Datum: 04.12.2026")
            .Line("Gewünschter Liefertermin: 22.12.2026")
            .Table([
                new PdfColumn("Pos.", 40, 25), new PdfColumn("Art.-Nr.", 70, 70), new PdfColumn("Bezeichnung", 145, 190),
                new PdfColumn("Menge", 340, 50, RightAligned: true), new PdfColumn("Preis/Stk.", 400, 60, RightAligned: true),
                new PdfColumn("Gesamt", 470, 70, RightAligned: true),
            ])
            .Row("10", "HB-HN-2007", "Hornknopf 20 mm, 4-Loch, dunkelbraun 07", "4.000", "0,3850 €", "1.540,00 €")
            .Row("20", "HB-HN-2507", "Hornknopf 25 mm, 4-Loch, dunkelbraun 07", "2.500", "0,4920 €", "1.230,00 €")
            .Row("30", "HB-MT-1512", "Metallknopf 15 mm, Öse, altmessing", "6.000", "0,2140 €", "1.284,00 €")
            .Foot("Gesamtbetrag netto: 4.054,00 €")
            .Build();

        var result = TestCatalog.Read("Anbei unsere Bestellung.", customer: "30101", pdfs: new PdfAttachment("Bestellung.pdf", pdf));

        AssertLines(result, ("HB-HN-2007", 4_000m), ("HB-HN-2507", 2_500m), ("HB-MT-1512", 6_000m));
        Assert.Equal([0.3850m, 0.4920m, 0.2140m], result.Lines.Select(l => l.UnitPrice!.Value));
        Assert.All(result.Lines, l => Assert.Equal(new DateOnly(2026, 12, 22), l.DeliveryDate));
        Assert.Equal("4500123987", result.PoNumber!.Value);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void APdfTable_WithPricesPer100_AndItsOwnDateColumn_GivesUnitPricesAndDatesPerLine()
    {
        var pdf = new OrderPdf()
            .Line("PURCHASE ORDER", size: 14, bold: true)
            .Line("PO Number: 4400098812")
            .Table([
                new PdfColumn("Item", 40, 30), new PdfColumn("Description", 75, 200), new PdfColumn("Our part no.", 280, 70),
                new PdfColumn("Your part no.", 355, 70), new PdfColumn("Qty", 430, 45, RightAligned: true),
                new PdfColumn("Price/100", 485, 50, RightAligned: true), new PdfColumn("Delivery", 545, 50),
            ])
            .Row("1", "Plastic rivet button 15mm black", "NSS-10442", "HB-9105", "60,000", "6.80", "2027-01-18")
            .Row("2", "Plastic rivet button 18mm black", "NSS-10443", "HB-9106", "30,000", "7.50", "2027-01-25")
            .Build();

        var result = TestCatalog.Read("", customer: "10063", pdfs: new PdfAttachment("PO.pdf", pdf));

        AssertLines(result, ("HB-9105", 60_000m), ("HB-9106", 30_000m));
        Assert.Equal([0.068m, 0.075m], result.Lines.Select(l => l.UnitPrice!.Value));
        Assert.Equal([new DateOnly(2027, 1, 18), new DateOnly(2027, 1, 25)], result.Lines.Select(l => l.DeliveryDate!.Value));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void FreeText_WithoutArticleNumbers_IsMatchedToTheCatalogByItsDescription_InEitherLanguage()
    {
        var english = TestCatalog.Read("Hi, we would like to order 500 corozo buttons 4-hole 20mm natural. Ship to our London warehouse please. Thanks, Oliver", customer: "30104");
        var german = TestCatalog.Read("Guten Tag, bitte schicken Sie uns 1.200 Hirschhornknöpfe 22 mm natur und 3.000 Zinnknöpfe 14mm mit Edelweiß. Danke!", customer: "30102");

        AssertLines(english, ("HB-6020", 500m));
        Assert.Equal(ProductMatchKind.Description, english.Lines[0].MatchedBy);
        Assert.Equal("our London warehouse please", english.DeliveryAddress!.Value);
        AssertLines(german, ("HB-HH-2200", 1_200m), ("HB-ZN-1400", 3_000m));
    }

    [Fact]
    public void ACallOff_AgainstAFrameworkAgreement_GivesItsLines_AndTheCallOffNumber_NotTheAgreement()
    {
        var result = TestCatalog.Read("""
            Abruf 17/2027 zu Rahmenvertrag RV-2023-044:
            Drehknopf HB-K310 chrom matt 9.000 Stk, Tastenknopf HB-K311 9.000 Stk, Liefertermin 05.02.2027. Werk Bretten.
            """, customer: "10057", subject: "Abruf Bedienknöpfe Waschmaschine");

        AssertLines(result, ("HB-K310", 9_000m), ("HB-K311", 9_000m));
        Assert.All(result.Lines, l => Assert.Equal(new DateOnly(2027, 2, 5), l.DeliveryDate));
        Assert.Equal("17/2027", result.PoNumber!.Value);
    }

    [Theory]
    [InlineData("25.000 Stk. HB-4711", 25_000)]
    [InlineData("2,500 pcs HB-4711", 2_500)]
    [InlineData("HB-4711 Menge 1.500,00 Stk", 1_500)]
    [InlineData("HB-4711: 1,500.00 pcs", 1_500)]
    [InlineData("12k pcs of HB-4711", 12_000)]
    [InlineData("HB-4711 qty 7500", 7_500)]
    [InlineData("3.000 x HB-4711", 3_000)]
    [InlineData("bitte 5000 stk HB-4711 schicken", 5_000)]
    public void Quantities_AreReadInGermanAndEnglishFormats(string text, int quantity)
    {
        var result = TestCatalog.Read(text);

        Assert.Equal(quantity, Assert.Single(result.Lines).Quantity);
    }

    [Theory]
    [InlineData("0,3850", 0.385)]
    [InlineData("0.385", 0.385)]
    [InlineData("1.180,50", 1180.5)]
    [InlineData("1,180.50", 1180.5)]
    [InlineData("EUR 24,90", 24.9)]
    public void Prices_AreReadWithOneSeparatorAsDecimals(string text, double price) =>
        Assert.Equal((decimal)price, NumberReader.Price(text));

    [Theory]
    [InlineData("Liefertermin 21.03.2027", 2027, 3, 21)]
    [InlineData("Liefertermin 21.3.27", 2027, 3, 21)]
    [InlineData("Liefertermin: 21.03.", 2027, 3, 21)]
    [InlineData("delivery 2027-03-21", 2027, 3, 21)]
    [InlineData("deliver by 21/03/2027", 2027, 3, 21)]
    [InlineData("Lieferung bis 21. März 2027", 2027, 3, 21)]
    [InlineData("required by March 21st, 2027", 2027, 3, 21)]
    [InlineData("delivery 21 Mar", 2027, 3, 21)]
    [InlineData("Liefertermin KW 12/2027", 2027, 3, 22)]
    [InlineData("delivery week 12", 2027, 3, 22)]
    public void DeliveryDates_AreReadInGermanAndEnglishFormats(string phrase, int year, int month, int day)
    {
        var result = TestCatalog.Read($"Bitte 5.000 Stk HB-4711. {phrase}", receivedOn: new DateOnly(2026, 12, 7));

        Assert.Equal(new DateOnly(year, month, day), Assert.Single(result.Lines).DeliveryDate);
    }

    [Fact]
    public void TheOrderDate_IsNotTakenForTheDeliveryDate()
    {
        var result = TestCatalog.Read("Bestellung vom 04.12.2026: 5.000 Stk HB-4711");

        Assert.Null(Assert.Single(result.Lines).DeliveryDate);
    }

    [Fact]
    public void ACustomersOwnArticleNumber_IsReadThroughItsAlias()
    {
        var result = TestCatalog.Read("Abruf: Material 73-4410-200  50.000 Stk, Material 73-4410-212  20.000 Stk", customer: "10042");

        AssertLines(result, ("HB-9001", 50_000m), ("HB-9002", 20_000m));
        Assert.All(result.Lines, l => Assert.Equal(ProductMatchKind.Alias, l.MatchedBy));
        Assert.Equal("73-4410-200", result.Lines[0].CustomerCode);
        Assert.Empty(TestCatalog.Read("Material 73-4410-200  50.000 Stk", customer: "30101").Lines.Where(l => l.Sku is not null));
    }

    [Fact]
    public void AnUnknownProduct_IsFlagged_AndKeptAsWritten()
    {
        var result = TestCatalog.Read("Bitte liefern: 2.000 Stk HB-9999 Sonderknopf, 1.000 Stk HB-4711", customer: "20011");

        Assert.Equal([null, "HB-4711"], result.Lines.Select(l => l.Sku));
        Assert.Equal(2_000m, result.Lines[0].Quantity);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((ExtractionWarningCode.UnknownProduct, 1), (warning.Code, warning.Line!.Value));
        Assert.Contains("HB-9999", warning.Message);
    }

    [Fact]
    public void AnUnknownDescription_IsFlagged_NotMatchedToSomethingClose()
    {
        var result = TestCatalog.Read("We'd like 3,000 pcs titanium buttons 30mm purple please.");

        var line = Assert.Single(result.Lines);
        Assert.Null(line.Sku);
        Assert.Equal(ExtractionWarningCode.UnknownProduct, Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void APriceOffTheCustomersPriceByMoreThanTheTolerance_IsFlagged_AndNotChanged()
    {
        // Modehaus Lindner's agreed price for HB-HN-2007 is 0.3850; 0.3900 is within 2 %, 0.4200 (the list price) is not.
        var within = TestCatalog.Read("4.000 Stk HB-HN-2007 zu 0,3900 €/Stk", customer: "30101");
        var off = TestCatalog.Read("4.000 Stk HB-HN-2007 zu 0,4200 €/Stk", customer: "30101");

        Assert.Empty(within.Warnings);
        Assert.Equal(0.42m, Assert.Single(off.Lines).UnitPrice);
        var warning = Assert.Single(off.Warnings);
        Assert.Equal(ExtractionWarningCode.PriceDeviation, warning.Code);
        Assert.Equal("Line 1: the unit price 0.4200 EUR is 9.1 % above the customer's price 0.3850 EUR (tolerance 2 %).", warning.Message);
        Assert.Empty(TestCatalog.Extractor(tolerancePercent: 10).Extract(
            new PurchaseOrderInput(null, "4.000 Stk HB-HN-2007 zu 0,4200 €/Stk", [], new DateOnly(2026, 12, 7)), TestCatalog.For("30101")).Warnings);
    }

    [Fact]
    public void AQuantityBelowTheMinimum_IsFlagged_AndNotRaised()
    {
        var result = TestCatalog.Read("Bitte 2.000 Stk HB-9001 liefern.", customer: "10042");

        Assert.Equal(2_000m, Assert.Single(result.Lines).Quantity);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ExtractionWarningCode.BelowMinimum, warning.Code);
        Assert.Equal("Line 1: 2000 Stk of HB-9001 is below the minimum order quantity of 10000.", warning.Message);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("deep")]
    public void AHostileOrBrokenPdf_GivesAWarning_AndTheMailTextIsStillRead(string kind)
    {
        byte[] pdf = kind switch
        {
            "garbage" => System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 5000)),
            "truncated" => new OrderPdf().Line("Bestellung").Table([new PdfColumn("Art.-Nr.", 50, 80), new PdfColumn("Bezeichnung", 140, 150), new PdfColumn("Menge", 300, 60)])
                .Row("HB-4711", "Knopf", "1.000").Build()[..300],
            _ => System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n" + string.Concat(Enumerable.Repeat("[", 100_000)) + "\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF"),
        };

        var result = TestCatalog.Read("Bitte zusätzlich 1.000 Stk HB-4711 mitschicken.", pdfs: new PdfAttachment("bestellung.pdf", pdf));

        Assert.Equal("HB-4711", Assert.Single(result.Lines).Sku);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ExtractionWarningCode.AttachmentUnreadable, warning.Code);
        Assert.StartsWith("bestellung.pdf: ", warning.Message);
    }

    [Fact]
    public void AMailWithoutAnOrder_GivesNoLines()
    {
        var result = TestCatalog.Read("""
            Guten Tag Herr Roth,

            vielen Dank für die schnelle Lieferung letzte Woche. Die Knöpfe 20 mm sind sehr gut angekommen.
            Wir melden uns im Januar wegen der Frühjahrskollektion.

            Mit freundlichen Grüßen
            Claudia Lindner
            Tel. +49 89 2316 4480
            """, customer: "30101");

        Assert.Empty(result.Lines);
        Assert.Empty(result.Warnings);
    }
}
