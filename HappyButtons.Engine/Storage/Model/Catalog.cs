using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>
/// A product of the catalog, e.g. <c>HB-4H-18L-BLK</c>: a four-hole button of 18 lignes in black. Prices are net, in
/// <see cref="Currency"/>, per <see cref="Unit"/>; stock is counted in units, reserved by confirmed orders.
/// </summary>
public sealed class Product
{
    public long Id { get; set; }
    public required string Sku { get; set; }
    public required string Name { get; set; }
    public string? Material { get; set; }

    /// <summary>Button size in lignes (1 ligne = 0.635 mm), when the product has one.</summary>
    public int? SizeLignes { get; set; }

    public string? Colour { get; set; }

    /// <summary>The unit prices and quantities refer to, e.g. <c>Stk</c> (piece).</summary>
    public string Unit { get; set; } = "Stk";

    public decimal ListPrice { get; set; }
    public string Currency { get; set; } = "EUR";

    /// <summary>VAT rate in percent, e.g. 19 or 7.</summary>
    public decimal VatRate { get; set; } = 19m;

    public int MinimumOrderQuantity { get; set; } = 1;
    public long StockOnHand { get; set; }
    public long StockReserved { get; set; }

    /// <summary>Inactive products stay for old orders and aliases but are not offered or matched.</summary>
    public bool Active { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Raised by every save: two people editing the same product cannot overwrite each other unnoticed.</summary>
    public int Version { get; set; }
}

/// <summary>A customer's agreed net price for a product, from a minimum quantity on, within an optional validity.</summary>
public sealed class CustomerPrice
{
    public long Id { get; set; }
    public required string CustomerNumber { get; set; }
    public long ProductId { get; set; }
    public decimal UnitPrice { get; set; }
    public int MinimumQuantity { get; set; } = 1;
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
}

/// <summary>A customer's own article number for one of our products, entered or learnt from a clerk's correction.</summary>
public sealed class ProductAlias
{
    public long Id { get; set; }
    public required string CustomerNumber { get; set; }
    public required string AliasCode { get; set; }
    public long ProductId { get; set; }

    /// <summary>admin | correction | import</summary>
    public required string Source { get; set; }

    public string? LearntBy { get; set; }
    public DateTimeOffset LearntAt { get; set; }
}

internal sealed class CatalogConfiguration :
    IEntityTypeConfiguration<Product>, IEntityTypeConfiguration<CustomerPrice>, IEntityTypeConfiguration<ProductAlias>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.ToTable("products");
        product.HasIndex(p => p.Sku).IsUnique();
        product.Property(p => p.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<CustomerPrice> price)
    {
        price.ToTable("customer_prices");
        price.HasIndex(p => new { p.CustomerNumber, p.ProductId, p.MinimumQuantity });
        price.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerNumber).OnDelete(DeleteBehavior.Cascade);
        price.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ProductAlias> alias)
    {
        alias.ToTable("product_aliases");
        alias.HasIndex(a => new { a.CustomerNumber, a.AliasCode }).IsUnique();
        alias.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerNumber).OnDelete(DeleteBehavior.Cascade);
        alias.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
