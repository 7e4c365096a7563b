using HappyButtons.Engine.Orders.Extraction;

namespace HappyButtons.Tests.Orders.Extraction;

/// <summary>What the real-world-style orders taught: count words, totals after "=", our SKU with a space, more PO labels.</summary>
public sealed class CountWordTests
{
    [Theory]
    [InlineData("10 Gros Hornknopf 20 mm dunkelbraun (HB-HN-2007)", "HB-HN-2007", 1440)]
    [InlineData("HB-4711   Knopf 15 mm schwarz      50 Tsd.", "HB-4711", 50_000)]
    [InlineData("3 gross  HB-HH-1800    staghorn 18mm natural", "HB-HH-1800", 432)]
    [InlineData("Material HB-9001: 12 VE à 5.000 Stk = 60.000 Stk", "HB-9001", 60_000)]
    [InlineData("HB 4711 - 30.000 St", "HB-4711", 30_000)]
    [InlineData("wir brauchen 3 grosse Kartons: HB-4711 2.000 Stk", "HB-4711", 2_000)]
    public void ALineWithACountWordOrATotal_IsReadInPieces(string text, string sku, decimal quantity)
    {
        var line = Assert.Single(TestCatalog.Read("Guten Tag,\n\n" + text + "\n\nGruß", customer: "20011").Lines);

        Assert.Equal((sku, quantity), (line.Sku, line.Quantity));
    }

    [Theory]
    [InlineData("Our reference: AW27-TR-0042", "AW27-TR-0042")]
    [InlineData("Unsere Bestellnummer ist 4500125777.", "4500125777")]
    public void ThePoNumber_IsFoundAfterTheseLabels(string sentence, string po)
    {
        var result = TestCatalog.Read($"Hallo,\n\nbitte HB-4711 5.000 Stk liefern.\n{sentence}\n\nGruß", customer: "20011");

        Assert.Equal(po, result.PoNumber?.Value);
    }
}
