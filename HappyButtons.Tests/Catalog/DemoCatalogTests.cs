using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Demo;
using HappyButtons.Engine.Orders.Extraction;
using HappyButtons.Tests.Orders.Extraction;

namespace HappyButtons.Tests.Catalog;

/// <summary>The demo catalog is valid, consistent with the demo customers, and reads the demo mails' purchase orders.</summary>
public sealed class DemoCatalogTests
{
    [Fact]
    public void EveryDemoProduct_IsValid_AndEveryPriceAndAlias_NamesAKnownProductAndCustomer()
    {
        Assert.All(DemoCatalog.Products, p => Assert.Empty(ProductRules.Validate(p)));
        Assert.Equal(DemoCatalog.Products.Count, DemoCatalog.Products.Select(p => p.Sku).Distinct().Count());
        var skus = DemoCatalog.Products.Select(p => p.Sku).ToHashSet();
        var customers = DemoCustomers.Customers.Select(c => c.Number).ToHashSet();
        Assert.All(DemoCatalog.CustomerPrices, p => Assert.True(skus.Contains(p.Sku) && customers.Contains(p.CustomerNumber), p.ToString()));
        Assert.All(DemoCatalog.Aliases, a => Assert.True(skus.Contains(a.Sku) && customers.Contains(a.CustomerNumber), a.ToString()));
    }

    [Fact]
    public void TheDemoSalesMails_PurchaseOrderPdfs_AreReadIntoTheirLines_WithoutWarnings()
    {
        var mails = new DemoMailCatalog(d => d + "@happybuttons.de", new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)).All()
            .Where(m => m.Message.Attachments.Any(a => a.ContentType == "application/pdf")).ToList();
        var expected = new Dictionary<string, (string Customer, string[] Skus)>
        {
            ["Bestellung_4500123987.pdf"] = ("30101", ["HB-HN-2007", "HB-HN-2507", "HB-MT-1512"]),
            ["B-2026-0871.pdf"] = ("30102", ["HB-HH-1800", "HB-HH-2200", "HB-HH-2600", "HB-ZN-1400"]),
        };

        foreach (var mail in mails)
        {
            var pdf = mail.Message.Attachments.Single(a => a.ContentType == "application/pdf");
            if (!expected.TryGetValue(pdf.FileName, out var want))
            {
                continue;
            }

            var result = TestCatalog.Read("", want.Customer, mail.Message.Subject, new DateOnly(2026, 12, 7), new PdfAttachment(pdf.FileName, pdf.Content));

            Assert.Equal(want.Skus, result.Lines.Select(l => l.Sku));
            Assert.All(result.Lines, l => Assert.NotNull(l.Quantity));
            Assert.Empty(result.Warnings);
            expected.Remove(pdf.FileName);
        }

        Assert.Empty(expected);
    }
}
