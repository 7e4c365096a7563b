using HappyButtons.Engine.Orders.Extraction;

namespace HappyButtons.Tests.Orders.Extraction;

/// <summary>What the realistic development orders taught: the rules a clerk reads an order by, each on inputs of its own.</summary>
public sealed class ClerkRuleTests
{
    private static IEnumerable<(string? Sku, decimal? Quantity)> Lines(PurchaseOrderExtraction result) => result.Lines.Select(l => (l.Sku, l.Quantity));

    [Fact]
    public void TheQuotedHistoryOfAReply_OrdersNothing_WhenTheReplyHasLinesOfItsOwn()
    {
        var result = TestCatalog.Read("""
            Hallo,

            wir bestellen: 4.000 Stk HB-7710

            Gruß

            -----Original Message-----
            From: sales
            HB-7711    Druckknopf schwarz    2.000 Stk
            """);

        Assert.Equal([("HB-7710", 4_000m)], Lines(result));
    }

    [Fact]
    public void AForwardedOrder_IsRead_FromItsQuotedPart_WithoutWhatTheSenderDeclines()
    {
        var result = TestCatalog.Read("""
            Hallo, bitte liefern Sie wie unten. Den Holzknebel bitte nicht, der ist noch da.

            Am 01.12.2026 schrieb Lager <lager@example.com>:
            > HB-6020   Steinnussknopf 20 mm    1.200 Stk
            > HB-8040   Holzknebel 40 mm natur    300 Stk
            """);

        Assert.Equal([("HB-6020", 1_200m)], Lines(result));
    }

    [Theory]
    [InlineData("HB-4711   Knopf 15 mm   --- storniert ---")]
    [InlineData("Could you quote us for 40,000 pcs of HB-4711?")]
    [InlineData("Bitte schicken Sie uns ein Angebot über 40.000 Stk HB-4711.")]
    [InlineData("Restmenge nach dieser Lieferung: 40.000 Stk HB-4711.")]
    [InlineData("Vorschau (unverbindlich): Februar 40.000 Stk HB-4711.")]
    [InlineData("HB-4711 brauchen wir diesmal nicht, 40.000 Stk liegen noch.")]
    public void ASentenceThatOrdersNothing_GivesNoLine(string sentence)
    {
        var result = TestCatalog.Read($"Hallo,\n\nbitte liefern Sie 2.000 Stk HB-7710.\n{sentence}\n\nGruß", customer: "20011");

        Assert.Equal([("HB-7710", 2_000m)], Lines(result));
    }

    [Fact]
    public void TheRowsUnderAForecastHeading_OrderNothing()
    {
        var result = TestCatalog.Read("Hello,\n\nHB-7710   6,000 pcs\n\nForecast (not binding):\nHB-7710   9,000 pcs\nHB-7711   9,000 pcs\n\nRegards");

        Assert.Equal([("HB-7710", 6_000m)], Lines(result));
    }

    [Theory]
    [InlineData("HB-1003   Polyesterknopf 15 mm   8 VE à 5.000 Stk", "HB-1003", 40_000)]
    [InlineData("3 cartons of 2,000 pcs HB-7711", "HB-7711", 6_000)]
    [InlineData("bitte 4 Kartons HB-1003 (Karton à 5.000 Stück) schicken", "HB-1003", 20_000)]
    public void PacksAreCountedInPieces_ByTheirContent(string text, string sku, decimal quantity)
    {
        var line = Assert.Single(TestCatalog.Read($"Hallo,\n\n{text}\n\nGruß").Lines);

        Assert.Equal((sku, quantity), (line.Sku, line.Quantity));
    }

    [Fact]
    public void ATableCountingInGross_AndPricingPerGross_GivesPiecesAndThePricePerPiece()
    {
        var result = TestCatalog.Read("""
            Dear Stefan,

            Item      Description              Qty (gross)   Price per gross
            HB-8040   wooden toggle 40 mm      3             EUR 93.60

            Regards
            """);

        var line = Assert.Single(result.Lines);
        Assert.Equal(("HB-8040", 432m, 0.65m), (line.Sku, line.Quantity, line.UnitPrice));
    }

    [Fact]
    public void ATableCell_OfPacksAndTheirContent_IsReadInPieces_EvenWithThePricePerThousand()
    {
        var result = TestCatalog.Read("""
            Hallo,

            Art.-Nr.   Bezeichnung         Menge               EP €/Tsd.
            HB-1003    Polyesterknopf      6 KRT à 5.000 Stk   38,00

            Gruß
            """);

        var line = Assert.Single(result.Lines);
        Assert.Equal(("HB-1003", 30_000m, 0.038m), (line.Sku, line.Quantity, line.UnitPrice));
    }

    [Fact]
    public void ACallOffSchedule_UnderItsArticle_GivesOneLinePerDeliveryDate()
    {
        var result = TestCatalog.Read("""
            Guten Tag,

            Sachnummer 73-4410-212 (HB-9002) Clip 12 schwarz
              KW 3/2027    12.000 Stk
              KW 7/2027     8.000 Stk

            HB-9001 Kunststoffknopf PA 20 grau
              10.000 Stk zum 15.02.2027

            Gruß
            """, customer: "10042");

        Assert.Equal(
            [("HB-9002", 12_000m, new DateOnly(2027, 1, 18)), ("HB-9002", 8_000m, new DateOnly(2027, 2, 15)), ("HB-9001", 10_000m, new DateOnly(2027, 2, 15))],
            result.Lines.Select(l => (l.Sku, l.Quantity, l.DeliveryDate)));
    }

    [Fact]
    public void AnArticleNumber_UnderAMergedTitle_StillNamesTheProduct()
    {
        var result = TestCatalog.Read("""
            Hallo,

            Pos. Art.-Nr.    Bezeichnung          Menge
            1    KH-BK-0200  Bedienknopf weiß     2.500

            Gruß
            """, customer: "10057");

        Assert.Equal([("HB-K200", 2_500m)], Lines(result));
    }

    [Theory]
    [InlineData("1.200 Stk HB-MT1512 Metallknopf", "HB-MT-1512")]
    [InlineData("1.200 Stk HB-7701 Druckknopf Edelstahl 15 mm", "HB-7710")]
    [InlineData("1.200 Stk HB-7701", null)]
    [InlineData("1.200 Stk HB-7701 Druckknopf Kunststoff 20 mm", null)]
    public void AMistypedArticleNumber_IsReadAsTheOneItResembles_OnlyWhenTheCatalogLeavesNoDoubt(string text, string? sku)
    {
        var line = Assert.Single(TestCatalog.Read($"Hallo,\n\n{text}\n\nGruß").Lines);

        Assert.Equal((sku, 1_200m), (line.Sku, line.Quantity));
        Assert.Equal(sku is null ? ProductMatchKind.None : ProductMatchKind.SimilarSku, line.MatchedBy);
    }

    [Theory]
    [InlineData("bitte 1.000 Hornknöpfe, dunkelbraun, 25 mm", "HB-HN-2507")]
    [InlineData("bitte 1.000 Holzknebel natur 40 mm", "HB-8040")]
    public void AShortMaterial_InACompoundWithKnopf_IsRead(string text, string sku)
    {
        var line = Assert.Single(TestCatalog.Read($"Hallo,\n\n{text}\n\nGruß").Lines);

        Assert.Equal((sku, 1_000m), (line.Sku, line.Quantity));
    }

    [Theory]
    [InlineData("wir brauchen 2.000 Drehknöpfe in Anthrazit.", "HB-K400", 2_000)]
    [InlineData("Please send 1,500 pewter buttons with the edelweiss.", "HB-ZN-1400", 1_500)]
    [InlineData("We need 6,000 of the black 4-hole polyester 15 mm buttons.", "HB-4711", 6_000)]
    [InlineData("Wir hätten gerne 800 von den Zinnknöpfen mit Edelweiß.", "HB-ZN-1400", 800)]
    public void ADescription_NamingTwoAttributesThatFitOneProductOnly_IsThatProduct(string text, string sku, decimal quantity)
    {
        var line = Assert.Single(TestCatalog.Read($"Hallo,\n\n{text}\n\nGruß").Lines);

        Assert.Equal((sku, quantity), (line.Sku, line.Quantity));
    }

    [Theory]
    [InlineData("zweitausendfünfhundert", 2_500)]
    [InlineData("Dreihundert", 300)]
    [InlineData("zwölftausend", 12_000)]
    [InlineData("fünfundzwanzigtausend", 25_000)]
    [InlineData("two thousand five hundred", 2_500)]
    [InlineData("twelve thousand", 12_000)]
    [InlineData("zwei", 2)]
    [InlineData("Kundenreklamation", null)]
    public void NumbersInWords_AreRead(string words, int? value) =>
        Assert.Equal(value, (int?)NumberWords.Value(words));

    [Theory]
    [InlineData("Bitte schicken Sie uns dreitausend Holzknebel 40 mm natur.", "HB-8040", 3_000)]
    [InlineData("Could you send two thousand five hundred of the natural corozo buttons, 20 mm?", "HB-6020", 2_500)]
    public void AQuantityInWords_OrdersLikeOneInFigures(string text, string sku, decimal quantity)
    {
        var line = Assert.Single(TestCatalog.Read($"Hallo,\n\n{text}\n\nGruß").Lines);

        Assert.Equal((sku, quantity), (line.Sku, line.Quantity));
    }

    [Theory]
    [InlineData("Bitte 2.000 Steinnussknöpfe 20 mm natur und 1.000 von den 25ern in dunkelbraun.", "HB-6020", "HB-6025-DB")]
    [InlineData("We need 3,000 blazer buttons, metal, gold, 20 mm and 2,000 of the matching 15 mm sleeve buttons.", "HB-2220", "HB-2215")]
    [InlineData("Bitte 5.000 Hemdknöpfe 11 mm 4-Loch weiß und 2.000 Stk in Hellblau, gleiche Größe.", "HB-1010", "HB-1011")]
    public void AnItemNamingOnlyItsVariant_TakesTheRestFromTheItemBefore(string text, string first, string second)
    {
        var result = TestCatalog.Read($"Hallo,\n\n{text}\n\nGruß");

        Assert.Equal([first, second], result.Lines.Select(l => l.Sku));
    }

    [Fact]
    public void AnItemNamingAnotherMaterial_DoesNotTakeTheSizeOfTheItemBefore()
    {
        var result = TestCatalog.Read("Hallo,\n\nBitte 2.000 Hornknöpfe 20 mm dunkelbraun und 500 Metallknöpfe.\n\nGruß");

        Assert.Equal(["HB-HN-2007", null], result.Lines.Select(l => l.Sku));
    }

    [Theory]
    [InlineData("Price", "EUR 65.00 / 100 pcs")]
    [InlineData("Preis per", "65,00 100")]
    [InlineData("EUR/100", "65.00")]
    public void APriceForSoManyPieces_IsDividedByThem(string title, string price)
    {
        var result = TestCatalog.Read($"Hello,\n\nItem       Description        Qty       {title}\nHB-8040    Holzknebel 40 mm   1,000     {price}\n\nRegards");

        var line = Assert.Single(result.Lines);
        Assert.Equal(("HB-8040", 1_000m, 0.65m), (line.Sku, line.Quantity, line.UnitPrice));
    }

    [Theory]
    [InlineData("Delivery date: 22-02-2027", 2027, 2, 22)]
    [InlineData("Please deliver by 02/22/2027.", 2027, 2, 22)]
    [InlineData("Liefertermin wäre der 22.02.2027, danke.", 2027, 2, 22)]
    [InlineData("Bis spätestens 22.02. wäre super.", 2027, 2, 22)]
    public void TheDeliveryDate_IsReadAsAClerkReadsIt(string sentence, int year, int month, int day)
    {
        var result = TestCatalog.Read($"Hallo,\n\nHB-8040   1.000 Stk\n\n{sentence}\n\nGruß");

        Assert.Equal(new DateOnly(year, month, day), Assert.Single(result.Lines).DeliveryDate);
    }

    [Fact]
    public void APdfTable_ReadsThousandsGroupedByASpace_AndTheDeliveryDateInTheRowUnderALine()
    {
        var pdf = new OrderPdf()
            .Line("BON DE COMMANDE N° CF-2231")
            .Line("Livraison / Delivery: 11/01/2027")
            .Table([
                new PdfColumn("Réf.", 40, 70), new PdfColumn("Designation", 120, 180),
                new PdfColumn("Qty", 320, 50, RightAligned: true), new PdfColumn("Unit price", 390, 60, RightAligned: true),
            ])
            .Row("HB-7710", "Bouton pression inox 15 mm", "12 000", "0,18 €")
            .Row("", "Delivery date 25/01/2027", "", "")
            .Row("HB-8040", "Buchette bois 40 mm", "1 500", "0,65 €")
            .Build();

        var result = TestCatalog.Read("Bonjour,", pdfs: new PdfAttachment("commande.pdf", pdf));

        Assert.Equal(
            [("HB-7710", 12_000m, new DateOnly(2027, 1, 25)), ("HB-8040", 1_500m, new DateOnly(2027, 1, 11))],
            result.Lines.Select(l => (l.Sku, l.Quantity, l.DeliveryDate)));
    }

    [Theory]
    [InlineData("0.6500")]
    [InlineData("€0.6500")]
    [InlineData("0,65 €")]
    public void APriceWithoutAQuantityBesideIt_IsThePricePerPiece(string price)
    {
        var result = TestCatalog.Read($"Hello,\n\nItem       Description        Qty       Price\nHB-8040    Holzknebel 40 mm   1,000     {price}\n\nRegards");

        Assert.Equal(0.65m, Assert.Single(result.Lines).UnitPrice);
    }

    [Fact]
    public void AMailAskingForNothingButAQuotation_GivesTheLinesToQuote()
    {
        var result = TestCatalog.Read("Hello,\n\ncould you quote us for 8,000 pcs HB-7710?\n\nThanks");

        Assert.Equal([("HB-7710", 8_000m)], Lines(result));
    }

    [Fact]
    public void ASentenceTheMailProgramWrapped_IsReadAsOneSentence_AndAListStaysAList()
    {
        var prose = TestCatalog.Read(
            "Hallo Herr Roth,\n\nwir brauchen für die neue Kollektion die Hirschhornknöpfe mit Öse in 26 mm, diesmal bitte\n400 Stück, und die Holzknebel 40 mm natur, 250 Stück. Danke!\n\nGruß");
        var list = TestCatalog.Read("Hallo,\n\n2.000 Stk HB-7710\n3.000 Stk HB-7711\n\nGruß");

        Assert.Equal([("HB-HH-2600", 400m), ("HB-8040", 250m)], Lines(prose));
        Assert.Equal([("HB-7710", 2_000m), ("HB-7711", 3_000m)], Lines(list));
    }

    [Fact]
    public void AQuantity_IsDescribedWithinItsSentence_BeforeOrAfterIt()
    {
        var result = TestCatalog.Read(
            "Hallo, bitte die Druckknöpfe aus Edelstahl 15 mm, diesmal 5.000 Stück. Dazu 300 Holzknebel 40 mm natur. Die Steinnussknöpfe 20 mm natur nehmen wir 1.000 Stück.");

        Assert.Equal([("HB-7710", 5_000m), ("HB-8040", 300m), ("HB-6020", 1_000m)], Lines(result));
    }

    [Fact]
    public void AQuantityInThousands_FollowedByItsVariant_IsAnItem()
    {
        var result = TestCatalog.Read("Bitte schicken Sie uns 12.000 weiße Hemdknöpfe 11 mm und 6.000 in hellblau, gleiche Größe.");

        Assert.Equal([("HB-1010", 12_000m), ("HB-1011", 6_000m)], Lines(result));
    }

    [Theory]
    [InlineData("- 2 500 pcs HB-8040 (wooden toggle)", "HB-8040", 2_500)]
    [InlineData("HB-7710   Druckknopf Edelstahl   15.000 ST", "HB-7710", 15_000)]
    public void ThousandsGroupedByASpace_AndTheUnitST_AreReadBeforeTheUnit(string row, string sku, decimal quantity)
    {
        var result = TestCatalog.Read($"Hello,\n\n{row}\n\nRegards");

        Assert.Equal([(sku, quantity)], Lines(result));
    }

    [Fact]
    public void AWordOnlyOneProductsNameHas_NamesThatProduct_AndAWordForButtonsDoesNot()
    {
        var named = TestCatalog.Read("Bitte liefern Sie 400 von den goldenen Knöpfen mit Wappen.");
        var vague = TestCatalog.Read("Bitte liefern Sie 400 von den Knöpfen.");

        Assert.Equal([("HB-SH-24L-GLD", 400m)], Lines(named));
        Assert.All(vague.Lines, l => Assert.Null(l.Sku));
    }

    [Theory]
    [InlineData("Please add 5,000 pcs HB-7710. The HB-7711 we'll skip this time.")]
    [InlineData("Bitte 5.000 Stk HB-7710. Von HB-7711 haben wir noch genug am Lager.")]
    public void GoodsTheCustomerSkipsOrStillHasInStock_AreNotOrdered(string text)
    {
        Assert.Equal([("HB-7710", 5_000m)], Lines(TestCatalog.Read(text)));
    }

    [Fact]
    public void AChromePlatedKnobDeclined_DoesNotDeclineTheAnthraciteOne()
    {
        var result = TestCatalog.Read("Bitte liefern Sie 1.500 Drehknöpfe in anthrazit. Die verchromten Drehknöpfe brauchen wir nicht.");

        Assert.Equal([("HB-K400", 1_500m)], Lines(result));
    }

    [Theory]
    [InlineData("Bitte 2.000 Stk HB-7710. Die Rechnung 4711222 (HB-7711) klären wir separat.")]
    [InlineData("Abruf 12 Druckknöpfe: 2.000 Stk HB-7710.")]
    public void ANumberAfterADocumentOrReferenceWord_IsNoQuantity(string text)
    {
        Assert.Equal([("HB-7710", 2_000m)], Lines(TestCatalog.Read(text)));
    }

    [Fact]
    public void AnOutlookHeaderBlock_StartsTheQuotedHistory()
    {
        var result = TestCatalog.Read("""
            Hi,

            please send 3,000 pcs HB-7710.

            Thanks

            From: Sales <sales@example.com>
            Sent: Monday, 30 November 2026 09:12
            Subject: Offer

            HB-7711    Snap fastener black    10,000 pcs
            """);

        Assert.Equal([("HB-7710", 3_000m)], Lines(result));
    }

    [Theory]
    [InlineData("Unsere Bestellnummer hierfür ist AB-2026-77.", null, "AB-2026-77")]
    [InlineData("Our PO for this is XY-551.", null, "XY-551")]
    [InlineData("New order from us, number XY-PO-551.", "PO XY-PO-551", "XY-PO-551")]
    public void ThePoNumber_IsReadPastAWordOrTwo_AndWhole(string sentence, string? subject, string po)
    {
        var result = TestCatalog.Read($"Hello,\n\n{sentence}\n\n2.000 Stk HB-7710", subject: subject);

        Assert.Equal(po, result.PoNumber?.Value);
    }

    [Fact]
    public void AnArticleRow_FollowedByASchedule_UnderATitleRow_GivesOneLinePerDate()
    {
        var result = TestCatalog.Read("""
            Abruf zum Rahmenvertrag:

            Material: HB-7710 Druckknopf Edelstahl 15

            Termin        Abrufmenge
            11.01.2027    20.000 ST
            25.01.2027    10.000 ST
            """);

        Assert.Equal([("HB-7710", 20_000m), ("HB-7710", 10_000m)], Lines(result));
        Assert.Equal([new DateOnly(2027, 1, 11), new DateOnly(2027, 1, 25)], result.Lines.Select(l => l.DeliveryDate));
    }

    [Theory]
    [InlineData("Tsd", 3_000, 0.0210)]
    [InlineData("GRS", 432, 0.0875)]
    public void ARowCountedInThousandsOrGross_IsReadInPieces_AndPricedPerPiece(string unit, decimal quantity, decimal price)
    {
        var priceOfOneUnit = unit == "Tsd" ? "21.00" : "12.60";
        var result = TestCatalog.Read($"Hello,\n\nItem       Description          Qty    Unit    Price\nHB-7711    Druckknopf schwarz   3      {unit}     {priceOfOneUnit}\n\nRegards");

        var line = Assert.Single(result.Lines);
        Assert.Equal((quantity, price), (line.Quantity!.Value, line.UnitPrice!.Value));
    }

    [Fact]
    public void LieferungBitteBis_GivesTheOrdersDeliveryDate()
    {
        var result = TestCatalog.Read("Hallo, wir brauchen 2.000 Druckknöpfe aus Edelstahl in 15 mm.\n\nLieferung bitte bis 20.01.2027.\n\nGruß");

        Assert.Equal(new DateOnly(2027, 1, 20), Assert.Single(result.Lines).DeliveryDate);
    }

    [Theory]
    [InlineData("           15,000 pcs – delivery 2027-02-15", 2)]
    [InlineData("15,000 pcs – delivery 2027-02-15", 1)]
    [InlineData("           Total 35,000 pcs", 1)]
    [InlineData("\n           15,000 pcs – delivery 2027-02-15", 1)]
    public void AnIndentedDatedQuantity_UnderADatedArticleRow_IsAFurtherDeliveryOfThatArticle(string below, int hb7710Lines)
    {
        var result = TestCatalog.Read($"Hello,\n\nHB-7710:  20,000 pcs – delivery 2027-01-18\n{below}\nHB-7711:  10,000 pcs – delivery 2027-02-01\n\nRegards");

        Assert.Equal(hb7710Lines, result.Lines.Count(l => l.Sku == "HB-7710"));
        Assert.Equal(("HB-7711", 10_000m), Lines(result).Last());
    }

    [Fact]
    public void AnEinhColumnSayingTsd_CountsTheRowInThousands()
    {
        var result = TestCatalog.Read("Hallo,\n\nArt.-Nr.   Text                   Menge   Einh.\nHB-7711    Druckknopf schwarz     60      Tsd.\nHB-7710    Druckknopf Edelstahl   500     Stk\n\nGruß");

        Assert.Equal([("HB-7711", 60_000m), ("HB-7710", 500m)], Lines(result));
    }

    [Fact]
    public void AUnitsColumn_IsTheQuantity_WhenTheTableHasNoOther()
    {
        var result = TestCatalog.Read("Hi,\n\nStyle      Supplier code   Description            Units   Notes\nOVC-114    HB-7711         Druckknopf schwarz     2,000   front\n\nThanks");

        Assert.Equal([("HB-7711", 2_000m)], Lines(result));
    }

    [Fact]
    public void APuColumn_IsTheUnitPrice_NotTheQuantity()
    {
        var result = TestCatalog.Read("Bonjour,\n\nRéf.       Désignation            Qté / Qty   P.U. € HT   Total € HT\nHB-7711    Druckknopf schwarz     1 500       0,26        390,00\n\nCordialement");

        Assert.Equal([("HB-7711", 1_500m)], Lines(result));
    }

    [Theory]
    [InlineData("HB-7711 Druckknopf schwarz, 3 000 pcs, 0,58 € each")]
    [InlineData("HB-7711 Druckknopf schwarz .......... 3 000 pcs")]
    public void ThousandsGroupedByASpace_AfterACommaOrLeaders_AreOneQuantity(string row)
    {
        var result = TestCatalog.Read($"Hello,\n\n{row}\n\nThank you");

        Assert.Equal([("HB-7711", 3_000m)], Lines(result));
    }

    [Fact]
    public void AScheduleWithAColumnPerWeek_DeliversEachQuantityInItsWeek_AndADashIsNone()
    {
        var result = TestCatalog.Read("""
            Guten Tag,

            Abruf nach Rahmenvertrag, Mengen in Stück:

            Material       KW 3/2027   KW 5/2027   KW 7/2027
            73-4410-200    10.000      –           12.000
            73-4410-212    –           5.000       –

            Gruß
            """, customer: "10042");

        Assert.Equal([("HB-9001", 10_000m), ("HB-9001", 12_000m), ("HB-9002", 5_000m)], Lines(result));
        Assert.Equal([new DateOnly(2027, 1, 18), new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 1)], result.Lines.Select(l => l.DeliveryDate));
    }

    [Fact]
    public void AScheduleWithAColumnPerDay_IsReadBetweenPipes()
    {
        var result = TestCatalog.Read("Hello,\n\nPart no. | 11.01.2027 | 25.01.2027\nHB-7711  | 3,000      | 3,000\n\nRegards");

        Assert.Equal([("HB-7711", 3_000m), ("HB-7711", 3_000m)], Lines(result));
        Assert.Equal([new DateOnly(2027, 1, 11), new DateOnly(2027, 1, 25)], result.Lines.Select(l => l.DeliveryDate));
    }

    [Fact]
    public void DatedFiguresUnderAPart_AreItsDeliveries_UntilAForecastTitleWithoutAColon()
    {
        var result = TestCatalog.Read("""
            DELIVERY SCHEDULE
            Part: HB-7711 Snap fastener black
            Unit: PCE

            FIRM
            2027-02-01    8,000
            2027-02-15    6,000

            FORECAST
            2027-03-01    9,000
            """);

        Assert.Equal([("HB-7711", 8_000m), ("HB-7711", 6_000m)], Lines(result));
        Assert.Equal([new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 15)], result.Lines.Select(l => l.DeliveryDate));
    }

    [Fact]
    public void AScheduleRowWithStatusPlanned_OrdersNothing()
    {
        var result = TestCatalog.Read("""
            Item: HB-7711 | Qty: 5000 PCE | Due: 11.01.2027 | Status: FIRM
            Item: HB-7710 | Qty: 7000 PCE | Due: 08.02.2027 | Status: PLANNED
            """);

        Assert.Equal([("HB-7711", 5_000m)], Lines(result));
    }

    [Theory]
    [InlineData("Do you stock HB-7711 too? We may need 3,000 pcs next month, just asking, no order yet.")]
    [InlineData("Eventuell brauchen wir im März noch 3.000 Stk HB-7711, das ist aber noch keine Bestellung.")]
    public void ASentenceThatSaysItIsNoOrderYet_OrdersNothing(string sentence)
    {
        var result = TestCatalog.Read($"Hello,\n\nplease send 500 pcs HB-7710.\n\n{sentence}\n\nThanks");

        Assert.Equal([("HB-7710", 500m)], Lines(result));
    }

    [Fact]
    public void APriceStartingWithANought_IsNeverAQuantity()
    {
        var result = TestCatalog.Read("Hi, please ship 4,000 x HB-7710 and 6,000 x HB-7711, 0.045 each as agreed. Thanks");

        Assert.Equal([("HB-7710", 4_000m), ("HB-7711", 6_000m)], Lines(result));
        Assert.Equal(0.030m, NumberReader.Parse("0.030", thousandsWhenAmbiguous: true));
    }

    [Fact]
    public void PacksWhoseContentIsGivenWithAnEqualsSign_CountTheirPieces()
    {
        var text = TestCatalog.Read("Hello,\n\n- 12 cartons HB-7711 (carton = 2,000 pcs)\n\nRegards");
        var table = TestCatalog.Read("Hallo,\n\nMenge    Art.-Nr.    Bezeichnung\n4 VE     HB-7710     Druckknopf weiß (VE = 250 Stk)\n\nGruß");

        Assert.Equal([("HB-7711", 24_000m)], Lines(text));
        Assert.Equal([("HB-7710", 1_000m)], Lines(table));
    }

    [Fact]
    public void APiecesPerCartonColumn_IsNoQuantity_AndTheTotalPiecesAre()
    {
        var result = TestCatalog.Read("Hello,\n\nArticle   Description           Cartons   Pcs/carton   Total pcs\nHB-7711   Snap fastener black   3         2,000        6,000\n\nRegards");

        Assert.Equal([("HB-7711", 6_000m)], Lines(result));
    }

    [Fact]
    public void TheFigureDotLeadersLeadTo_IsTheQuantity_NotANumberInTheDescription()
    {
        var result = TestCatalog.Read("Hello,\n\nHB-7711 Druckknopf schwarz Farbe 02 ........ 600\n\nThanks");

        Assert.Equal([("HB-7711", 600m)], Lines(result));
    }

    [Theory]
    [InlineData("Bitte liefern Sie zwei Gros HB-7711 und 40 Mille HB-7710.", 288, 40_000)]
    [InlineData("Please send 3 gross of HB-7711 and 12 thousand of HB-7710.", 432, 12_000)]
    public void GrossMilleAndThousand_CountThePiecesAfterANumber_InFiguresOrWords(string sentence, int hb7711, int hb7710)
    {
        var result = TestCatalog.Read($"Hallo,\n\n{sentence}\n\nGruß");

        Assert.Equal([("HB-7711", (decimal)hb7711), ("HB-7710", (decimal)hb7710)], Lines(result));
    }

    [Fact]
    public void TsdWithItsDot_EndsNoSentence_SoTheGoodsAfterItAreItsOwn()
    {
        var result = TestCatalog.Read("Moin,\n\nwir bräuchten 20 Tsd. Druckknöpfe in Schwarz, 15 mm und 3.000 Stück von den Hemdknöpfen 11 mm in Hellblau.\n\nGruß");

        Assert.Equal([("HB-7711", 20_000m), ("HB-1011", 3_000m)], Lines(result));
    }

    [Theory]
    [InlineData("bitte drei VE à 2.000 Stk HB-7711.", 6_000)]
    [InlineData("bitte fünfzehnhundert Stück HB-7711.", 1_500)]
    [InlineData("please send two cartons of 5,000 pcs HB-7711.", 10_000)]
    public void PacksAndHundredsInWords_CountTheirPieces(string sentence, int pieces)
    {
        var result = TestCatalog.Read($"Hallo,\n\n{sentence}\n\nGruß");

        Assert.Equal([("HB-7711", (decimal)pieces)], Lines(result));
    }

    [Fact]
    public void APdfQuantityTitle_RunTogetherWithThePriceTitle_IsAColumnOfItsOwn()
    {
        var pdf = new OrderPdf()
            .Line("PURCHASE ORDER 7781")
            .Table([
                new PdfColumn("No.", 40, 30), new PdfColumn("Part", 75, 70), new PdfColumn("Description", 150, 150),
                new PdfColumn("Qty", 310, 50, RightAligned: true), new PdfColumn("Net price EUR", 364, 70, RightAligned: true),
            ])
            .Row("1", "HB-7711", "Snap button 15 mm black", "12,000", "0.15")
            .Row("2", "HB-7710", "Snap button steel 15 mm", "4,500", "0.18")
            .Build();

        var result = TestCatalog.Read("Hello,", pdfs: new PdfAttachment("po.pdf", pdf));

        Assert.Equal([("HB-7711", 12_000m), ("HB-7710", 4_500m)], Lines(result));
    }

    [Fact]
    public void APdfQuantityGroupedByASpace_StaysInItsColumn_BesideAPriceAndAMontant()
    {
        var pdf = new OrderPdf()
            .Line("BON DE COMMANDE CF-8812")
            .Table([
                new PdfColumn("Réf.", 40, 70), new PdfColumn("Désignation", 120, 180), new PdfColumn("Qté", 320, 50, RightAligned: true),
                new PdfColumn("P.U. €", 390, 50, RightAligned: true), new PdfColumn("Montant €", 460, 80, RightAligned: true),
            ])
            .Row("HB-7710", "Bouton pression inox 15 mm", "3 000", "0,18", "540,00")
            .Build();

        var result = TestCatalog.Read("Bonjour,", pdfs: new PdfAttachment("commande.pdf", pdf));

        Assert.Equal([("HB-7710", 3_000m, 0.18m)], result.Lines.Select(l => (l.Sku, l.Quantity, l.UnitPrice)));
    }

    [Theory]
    [InlineData("Im April brauchen wir voraussichtlich 30.000 Stk HB-7710 – nur zur Information.")]
    [InlineData("Die Menge HB-7710 für Mai (ca. 40.000 Stk) nennen wir für Ihre Planung.")]
    [InlineData("Around 40,000 pcs HB-7710 in May, for planning purposes only.")]
    [InlineData("HB-7710: 40,000 pcs in May, only as info.")]
    public void AFigureGivenOnlyForTheSuppliersInformationOrPlanning_OrdersNothing(string sentence)
    {
        var result = TestCatalog.Read($"Hallo,\n\nHB-7711 8.000 Stk zum 15.01.2027\n\n{sentence}\n\nGruß");

        Assert.Equal([("HB-7711", 8_000m)], Lines(result));
    }

    [Fact]
    public void TheUnitSt_FollowedByAComma_IsAUnit()
    {
        var result = TestCatalog.Read("Hallo,\n\nDruckknopf schwarz (HB-7711): 4.000 St., Lieferung KW 6\n\nGruß");

        Assert.Equal([("HB-7711", 4_000m)], Lines(result));
    }

    [Fact]
    public void AQuantityOfThemAfterTheGoods_OrdersThoseGoods()
    {
        var result = TestCatalog.Read("Hi,\n\nplease send the 40mm wooden toggles – 900 of them – by the end of January.\n\nThanks");

        Assert.Equal([("HB-8040", 900m)], Lines(result));
    }

    [Theory]
    [InlineData("Bitte 3 Tsd. Druckknopf schwarz (HB-7711) und 1 Tsd. Holzknebel 40 mm natur.")]
    [InlineData("Wir hätten gern 2 Sortimentskästen Basic und außerdem 3.000 Stk HB-7711.")]
    public void AQuantityBeforeTheNameOfOtherGoods_OrdersThoseGoods_BesideAnArticleNumber(string sentence)
    {
        var result = TestCatalog.Read($"Hallo,\n\n{sentence}\n\nGruß");

        Assert.Equal(2, result.Lines.Count);
        Assert.Contains(("HB-7711", 3_000m), Lines(result));
        Assert.Single(result.Lines, l => l.Sku is "HB-8040" or "HB-SK-25");
    }

    [Fact]
    public void ThousandsGroupedByASpace_RightBeforeTheGoods_AreOneQuantity()
    {
        var result = TestCatalog.Read("Hello,\n\n* 4 000 snap buttons 15mm black (HB-7711)\n\nThanks");

        Assert.Equal([("HB-7711", 4_000m)], Lines(result));
    }

    [Theory]
    [InlineData("Dazu bitte noch einen Sortimentskasten Basic.", 1)]
    [InlineData("Dazu bitte noch zwei Sortimentskästen Basic.", 2)]
    [InlineData("Please add three sample sets of shirt buttons (HB-MS-01).", 3)]
    public void ASmallNumberInWords_RightBeforeTheGoods_OrdersThatMany(string sentence, int count)
    {
        var result = TestCatalog.Read($"Hallo,\n\n{sentence}\n\nGruß");

        Assert.Equal(count, Assert.Single(result.Lines).Quantity);
    }

    [Fact]
    public void ASmallNumberInWords_NotRightBeforeTheGoods_OrdersNothing()
    {
        var result = TestCatalog.Read("Hallo,\n\nwir haben eine Frage zu Ihrer Lieferung von gestern: waren das die richtigen Knöpfe?\n\nGruß");

        Assert.Empty(result.Lines);
    }

    [Theory]
    [InlineData("Could you send us the black 15 mm snap buttons, we need 2,500, by Friday?")]
    [InlineData("Von den schwarzen Druckknöpfen 15 mm brauchen wir 2.500.")]
    public void ACountStandingAloneAfterTheVerbOfNeeding_IsTheQuantity(string sentence)
    {
        var result = TestCatalog.Read($"Hi,\n\n{sentence}\n\nThanks");

        Assert.Equal([("HB-7711", 2_500m)], Lines(result));
    }

    [Fact]
    public void AQuantityThatCorrectsTheOneBefore_TakesItsPlace()
    {
        var result = TestCatalog.Read("Hi,\n\nplease send 500 wooden toggles 40mm. Hm, the minimum is 1,000 I think, so make it 1,000 pcs.\n\nThanks");

        Assert.Equal([("HB-8040", 1_000m)], Lines(result));
    }

    [Theory]
    [InlineData("3.000 anthrazitfarbene Drehknöpfe")]
    [InlineData("3.000 Drehknöpfe, anthrazitfarben,")]
    public void AColourNamedWithTheWordForColour_IsThatColour(string item)
    {
        var result = TestCatalog.Read($"Hallo,\n\nbitte liefern Sie {item}.\n\nGruß");

        Assert.Equal([("HB-K400", 3_000m)], Lines(result));
    }

    [Theory]
    [InlineData("Tentative")]
    [InlineData("PLAN")]
    [InlineData("Planned")]
    public void AScheduleRowOfAForecastStatus_OrdersNothing(string status)
    {
        var result = TestCatalog.Read($"""
            Release 77

            Item   Part no.   Qty     Due date     Status
            1      HB-7710    5,000   2027-02-01   Firm
            2      HB-7711    3,000   2027-03-01   {status}

            Regards
            """);

        Assert.Equal([("HB-7710", 5_000m)], Lines(result));
    }

    [Fact]
    public void AScheduleRowMarkedWithACodeItsLegendCallsAForecast_OrdersNothing()
    {
        var result = TestCatalog.Read("""
            Abruf 12

            Art: V = verbindlich, X = Vorplanung, nur zur Information

            Pos;Artikel;Menge;Termin;Art
            1;HB-2030;4000;01.02.2027;V
            2;HB-2031;4000;01.03.2027;X
            3;HB-2031;2000;08.02.2027;V
            """);

        Assert.Equal([("HB-2030", 4_000m), ("HB-2031", 2_000m)], Lines(result));
    }

    [Fact]
    public void ACancelledDelivery_DropsThatDeliveryOnly_NotThePartsOtherDeliveries()
    {
        var result = TestCatalog.Read("""
            Hi,

            - HB-7710, week 3/2027: cancelled
            - HB-7710, week 5/2027: 6,000 pcs
            - HB-7711, week 5/2027: 2,000 pcs

            Thanks
            """);

        Assert.Equal([("HB-7710", 6_000m), ("HB-7711", 2_000m)], Lines(result));
    }

    [Fact]
    public void AnInquiryMarkedAsNoOrder_OrdersNothing()
    {
        var result = TestCatalog.Read("""
            Hallo,

            1) Bitte liefern: HB-7710, 5.000 Stück zum 15.01.2027

            2) Frage (keine Bestellung): Gibt es den HB-7711 auch in Weiß?

            Gruß
            """);

        Assert.Equal([("HB-7710", 5_000m)], Lines(result));
    }

    [Fact]
    public void ATableOfDatesAndQuantities_UnderAPartNamedAbove_DeliversThatPart_WithoutTheCumulativeFigures()
    {
        var result = TestCatalog.Read("""
            Lieferabruf 991

            Teil: HB-2030  Druckknopf Messing
            Letzte Lieferung: 20.11.2026, 8.000 Stk

            Liefertermin   Menge     Kumuliert   Status
            11.01.2027     6.000     106.000     fest
            25.01.2027     4.000     110.000     fest
            22.02.2027     9.000     119.000     Prognose
            """);

        Assert.Equal([("HB-2030", 6_000m), ("HB-2030", 4_000m)], Lines(result));
    }

    [Fact]
    public void APartNamedByTheCustomersNumberAndOurs_StillWaitsForItsScheduleBelow()
    {
        var result = TestCatalog.Read("""
            Release 5

            Part: HB-7711    Our part: HB-7711

            Date          Qty
            2027-01-11    2,000
            """);

        Assert.Equal([("HB-7711", 2_000m)], Lines(result));
    }

    [Fact]
    public void AScheduleOfWeeksAsColumns_WithADescriptionColumn_DeliversEachWeeksFigure()
    {
        var result = TestCatalog.Read("""
            Abruf 31

            Artikel    Bezeichnung            KW 3/2027   KW 5/2027
            HB-7710    Druckknopf 12 mm          5.000       7.000
            """);

        Assert.Equal([("HB-7710", 5_000m), ("HB-7710", 7_000m)], Lines(result));
    }

    [Theory]
    [InlineData("Week 3 and week 5 are firm; everything after week 5 is forecast only.")]
    [InlineData("Ab KW 7/2027 handelt es sich um eine unverbindliche Prognose.")]
    public void AScheduleFigureBeyondTheFirmHorizonTheMailStates_OrdersNothing(string horizon)
    {
        var result = TestCatalog.Read($"""
            Release 31

            Part no.   Wk 3/27   Wk 5/27   Wk 7/27   Wk 9/27
            HB-7711      2,000     3,000     4,000     5,000

            {horizon}
            """);

        Assert.Equal([("HB-7711", 2_000m), ("HB-7711", 3_000m)], Lines(result));
    }

    [Fact]
    public void PacksWithTheirContentInBrackets_CountThePieces()
    {
        var result = TestCatalog.Read("""
            Artikel    Bezeichnung          Menge                  Bemerkung
            HB-7710    Druckknopf 12 mm     4 KRT (à 1.500 Stk)    eilig
            """);

        Assert.Equal([("HB-7710", 6_000m)], Lines(result));
    }

    [Fact]
    public void AColumnOfPacks_BesideAColumnOfWhatOnePackHolds_CountsThePieces()
    {
        var result = TestCatalog.Read("""
            Art.-Nr.   Bezeichnung          Kartons   Stk/Karton
            HB-7711    Druckknopf 15 mm     3         2.500
            """);

        Assert.Equal([("HB-7711", 7_500m)], Lines(result));
    }

    [Fact]
    public void ACountInBracketsBeforeGross_IsCountedInGross()
    {
        var result = TestCatalog.Read("Hi,\n\n(2) gross - HB-7710\n\nThanks");

        Assert.Equal([("HB-7710", 288m)], Lines(result));
    }

    [Fact]
    public void APositionNumberWithALeadingZero_IsNoQuantity()
    {
        var result = TestCatalog.Read("""
            ORDER 55

            03  HB-7711   snap button 15 mm
                Qty: 4,000 pcs
            """);

        Assert.Equal([("HB-7711", 4_000m)], Lines(result));
    }

    [Fact]
    public void TheRulingUnderATablesTitles_IsNoLine()
    {
        var result = TestCatalog.Read("""
            | Article   | Description          | Qty   |
            |===========|======================|=======|
            | HB-7710   | Snap button 12 mm    | 1,500 |
            """);

        Assert.Equal([("HB-7710", 1_500m)], Lines(result));
    }

    [Theory]
    [InlineData("Freight")]
    [InlineData("Verpackung pauschal")]
    public void AChargeInTheTable_IsNoLine(string charge)
    {
        var result = TestCatalog.Read($"""
            Pos | Art.-Nr. | Bezeichnung | Menge | Preis
            1 | HB-7711 | Druckknopf 15 mm | 2.000 | 0,15
            2 | | {charge} | 1 | 12,00
            """);

        Assert.Equal([("HB-7711", 2_000m)], Lines(result));
    }

    [Fact]
    public void AFractionOfThousands_IsCountedInPieces()
    {
        var result = TestCatalog.Read("Hi,\n\nHB-7710 snap buttons – 0.5k\n\nThanks");

        Assert.Equal([("HB-7710", 500m)], Lines(result));
    }

    [Fact]
    public void TheNumberOfAListItem_IsNoQuantity()
    {
        var result = TestCatalog.Read("""
            Hallo,

            1) HB-7710 Druckknopf ........ 3.000 St.
            2) HB-7711 Druckknopf schwarz ........ 1.000 St. -> entfällt

            Gruß
            """);

        Assert.Equal([("HB-7710", 3_000m)], Lines(result));
    }

    [Theory]
    [InlineData("Please add two of your sample assortments with shirt buttons.")]
    [InlineData("Bitte legen Sie zwei von Ihren Mustersortimenten mit Hemdenknöpfen bei.")]
    [InlineData("And two boxes of the sample assortment of shirt buttons, please.")]
    public void ASmallCountTakenFromARange_OrdersThatMany(string sentence)
    {
        var result = TestCatalog.Read($"Hello,\n\n{sentence}\n\nThanks");

        Assert.Equal([("HB-MS-01", 2m)], Lines(result));
    }

    [Fact]
    public void ThePiecesAPriceIsFor_AreNoQuantity()
    {
        var result = TestCatalog.Read("Hallo,\n\nwir bestellen 20.000 Kunststoff-Nietknöpfe 18 mm schwarz zu 7,50 € pro 100 Stück.\n\nGruß");

        Assert.Equal([("HB-9106", 20_000m)], Lines(result));
    }

    [Theory]
    [InlineData("drei Kartons zu je 2.000 Stück Druckknöpfe Edelstahl 15 mm")]
    [InlineData("drei Kartons à 2 Tsd. Druckknöpfe Edelstahl 15 mm")]
    public void PacksTimesWhatEachHolds_IsTheQuantity(string item)
    {
        var result = TestCatalog.Read($"Hallo,\n\nbitte liefern Sie {item}.\n\nGruß");

        Assert.Equal([("HB-7710", 6_000m)], Lines(result));
    }

    [Theory]
    [InlineData("We need 2,000 of the navy plastic blazer buttons 20mm, and the matching navy sleeve buttons in 15mm – 1,500 of those.")]
    [InlineData("Wir brauchen 2.000 Blazerknöpfe Kunststoff marine 20 mm und von den Ärmelknöpfen marine 15 mm nochmal 1.500 Stück.")]
    public void AQuantityReferringBack_OrdersTheGoodsNamedSinceTheLastAnd(string sentence)
    {
        var result = TestCatalog.Read($"Hello,\n\n{sentence}\n\nThanks");

        Assert.Equal([("HB-2030", 2_000m), ("HB-2031", 1_500m)], Lines(result));
    }
    [Fact]
    public void ARowOfGoodsAndACountAfterADash_IsALine()
    {
        var result = TestCatalog.Read("Hi,\n\nhere is what we need:\nstainless steel snap buttons 15mm – 4,000\nwooden toggles 40 mm: 600\n\nPhone: 0711 123\n\nThanks");

        Assert.Equal([("HB-7710", 4_000m), ("HB-8040", 600m)], Lines(result));
    }

    [Fact]
    public void AnOrderRestatedInWords_GivesEachLineOnce()
    {
        var result = TestCatalog.Read("""
            Hallo,

            wir bestellen 700 Holzknebel 40 mm und 2.000 Druckknöpfe Edelstahl 15 mm.

            Die ganze Bestellung ist damit:
            700 Holzknebel 40 mm
            2.000 Druckknöpfe Edelstahl 15 mm

            Gruß
            """);

        Assert.Equal([("HB-8040", 700m), ("HB-7710", 2_000m)], Lines(result));
    }

    [Fact]
    public void ASizeInMillimetresWrittenOut_AndASilverColourAsAnAdjective_AreRead()
    {
        var result = TestCatalog.Read("Hallo, bitte liefern Sie dreitausend silberne Ösenknöpfe Metall 18 Millimeter. Danke");

        Assert.Equal([("HB-2211", 3_000m)], Lines(result));
    }
    [Fact]
    public void AMaterialOnlyOneProductIsMadeOf_NamesThatProduct()
    {
        var result = TestCatalog.Read("Hallo,\n\nbitte noch die Recycling-Knöpfe, 3.000 Stück, und die Hirschhornknöpfe, 300 Stück.\n\nGruß");

        Assert.Equal("HB-R15", Assert.Single(result.Lines, l => l.Quantity == 3_000m).Sku);
        Assert.DoesNotContain(result.Lines, l => l.Quantity == 300m && l.Sku is not null);
    }
    [Theory]
    [InlineData("Wir brauchen 400 Hornknöpfe 20 mm dunkelbraun und genauso viele in 25 mm.")]
    [InlineData("We need 400 dark brown horn buttons 20 mm and the same quantity in 25 mm.")]
    public void AsManyAsBefore_RepeatsTheQuantityBefore(string sentence)
    {
        var result = TestCatalog.Read($"Hallo,\n\n{sentence}\n\nGruß");

        Assert.Equal([("HB-HN-2007", 400m), ("HB-HN-2507", 400m)], Lines(result));
    }

    [Fact]
    public void ACountStandingAloneAfterPleaseShip_IsTheQuantity()
    {
        var result = TestCatalog.Read("Hi,\n\nwe are out of the wooden toggles 40mm, please ship 800 as soon as you can.\n\nThanks");

        Assert.Equal([("HB-8040", 800m)], Lines(result));
    }
    [Fact]
    public void ARequestToSendAQuote_OrdersNothing()
    {
        var result = TestCatalog.Read("Hello,\n\nplease send 600 wooden toggles 40mm.\nCould you also send us a quote for 5,000 stainless steel snap buttons 15mm?\n\nThanks");

        Assert.Equal([("HB-8040", 600m)], Lines(result));
    }

    [Fact]
    public void ABulletedRowOfGoodsAndACount_IsALine()
    {
        var result = TestCatalog.Read("Hello,\n\nour order:\n- stainless steel snap buttons, 15mm: 4,000\n- wooden toggles 40 mm: 600\n\nThanks");

        Assert.Equal([("HB-7710", 4_000m), ("HB-8040", 600m)], Lines(result));
    }
    [Fact]
    public void TheSameAsAQuotedOrder_InAnotherVariant_OrdersThatVariant()
    {
        var result = TestCatalog.Read("""
            Hello,

            please send the same as last time, but in light blue instead of white. Same quantity.

            > Our order of 2 November
            > 12,000 shirt buttons 11 mm, 4-hole, white
            """);

        Assert.Equal([("HB-1011", 12_000m)], Lines(result));
    }
}
