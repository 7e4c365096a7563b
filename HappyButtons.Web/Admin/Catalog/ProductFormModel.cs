using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Web.Admin.Catalog;

/// <summary>What the product form edits, with the version it was loaded at.</summary>
public sealed class ProductFormModel
{
    public string Sku { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Material { get; set; }
    public int? SizeLignes { get; set; }
    public string? Colour { get; set; }
    public string Unit { get; set; } = "Stk";
    public decimal ListPrice { get; set; }
    public string Currency { get; set; } = "EUR";
    public decimal VatRate { get; set; } = 19m;
    public int MinimumOrderQuantity { get; set; } = 1;
    public long StockOnHand { get; set; }
    public long StockReserved { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }

    public static ProductFormModel From(Product p) => new()
    {
        Sku = p.Sku, Name = p.Name, Material = p.Material, SizeLignes = p.SizeLignes, Colour = p.Colour, Unit = p.Unit, ListPrice = p.ListPrice,
        Currency = p.Currency, VatRate = p.VatRate, MinimumOrderQuantity = p.MinimumOrderQuantity, StockOnHand = p.StockOnHand,
        StockReserved = p.StockReserved, Active = p.Active, Version = p.Version,
    };

    public ProductDraft ToDraft() =>
        new(Sku, Name, Material, SizeLignes, Colour, Unit, ListPrice, Currency.Trim().ToUpperInvariant(), VatRate, MinimumOrderQuantity, StockOnHand, Active);
}
