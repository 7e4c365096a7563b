using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Orders.Extraction;
using HappyButtons.Engine.Storage.Model;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Orders.Extraction;

/// <summary>The demo catalog as an in-memory snapshot (ids by position), and an extractor over it.</summary>
public static class TestCatalog
{
    public static IReadOnlyList<Product> Products { get; } = DemoCatalog.Products.Select((d, i) => new Product
    {
        Id = i + 1, Sku = d.Sku, Name = d.Name, Material = d.Material, SizeLignes = d.SizeLignes, Colour = d.Colour, Unit = d.Unit,
        ListPrice = d.ListPrice, Currency = d.Currency, VatRate = d.VatRate, MinimumOrderQuantity = d.MinimumOrderQuantity,
        StockOnHand = d.StockOnHand, Active = d.Active, Version = 1,
    }).ToList();

    public static CatalogSnapshot For(string? customerNumber)
    {
        long IdOf(string sku) => Products.Single(p => p.Sku == sku).Id;
        var aliases = DemoCatalog.Aliases.Where(a => a.CustomerNumber == customerNumber)
            .Select((a, i) => new ProductAlias { Id = i + 1, CustomerNumber = a.CustomerNumber, AliasCode = a.AliasCode, ProductId = IdOf(a.Sku), Source = "import" }).ToList();
        var prices = DemoCatalog.CustomerPrices.Where(p => p.CustomerNumber == customerNumber)
            .Select((p, i) => new CustomerPrice
            {
                Id = i + 1, CustomerNumber = p.CustomerNumber, ProductId = IdOf(p.Sku), UnitPrice = p.UnitPrice, MinimumQuantity = p.MinimumQuantity,
                ValidFrom = p.ValidFrom, ValidUntil = p.ValidUntil,
            }).ToList();
        return new CatalogSnapshot(Products, aliases, prices, customerNumber);
    }

    public static PurchaseOrderExtractor Extractor(decimal tolerancePercent = 2m) =>
        new(Options.Create(new ExtractionOptions { PriceTolerancePercent = tolerancePercent }));

    public static PurchaseOrderExtraction Read(string text, string? customer = null, string? subject = null, DateOnly? receivedOn = null,
        params PdfAttachment[] pdfs) =>
        Extractor().Extract(new PurchaseOrderInput(subject, text, pdfs, receivedOn ?? new DateOnly(2026, 12, 7)), For(customer));
}
