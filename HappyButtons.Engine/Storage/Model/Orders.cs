using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>A postal address as printed on documents: street with number, postal code, city, ISO country code.</summary>
public sealed class PostalAddress
{
    public string Street { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2, e.g. <c>DE</c>.</summary>
    public string Country { get; set; } = "DE";

    public bool IsComplete => Street.Length > 0 && PostalCode.Length > 0 && City.Length > 0 && Country.Length > 0;
}

/// <summary>
/// A customer's order, e.g. <c>AB-2026-00001</c>: lines copied from the catalog when it was taken, its place in the
/// lifecycle (<see cref="State"/>, an order-state code such as <c>in_production</c>) and the mail it came from.
/// </summary>
public sealed class Order
{
    public long Id { get; set; }
    public required string Number { get; set; }
    public required string CustomerNumber { get; set; }
    public string? PoNumber { get; set; }
    public required string State { get; set; }
    public string Currency { get; set; } = "EUR";
    public DateOnly? RequestedDeliveryDate { get; set; }
    public DateOnly? ConfirmedDeliveryDate { get; set; }

    /// <summary>Where the goods go when not to the customer's own address.</summary>
    public PostalAddress? DeliveryAddress { get; set; }

    public long? SourceMessageId { get; set; }
    public long? ConversationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the goods reached the customer (the transition to <c>delivered</c>); the invoice's delivery date.</summary>
    public DateTimeOffset? DeliveredAt { get; set; }

    public List<OrderLine> Lines { get; set; } = [];
    public List<OrderTransition> Transitions { get; set; } = [];

    /// <summary>Raised by every change: two people moving the same order cannot both win.</summary>
    public int Version { get; set; }
}

/// <summary>One line of an order, a snapshot of the product when the order was taken (later catalog changes leave it).</summary>
public sealed class OrderLine
{
    public long Id { get; set; }
    public long OrderId { get; set; }
    public int Position { get; set; }
    public long? ProductId { get; set; }
    public required string Sku { get; set; }
    public required string Description { get; set; }
    public long Quantity { get; set; }
    public string Unit { get; set; } = "Stk";
    public decimal UnitPrice { get; set; }

    /// <summary>VAT rate in percent, e.g. 19.</summary>
    public decimal VatRate { get; set; }

    /// <summary>Net: quantity × unit price, rounded to the cent.</summary>
    public decimal LineTotal { get; set; }
}

/// <summary>One step of an order through its lifecycle: from, to, when, who, and why (a cancellation's reason).</summary>
public sealed class OrderTransition
{
    public long Id { get; set; }
    public long OrderId { get; set; }
    public required string FromState { get; set; }
    public required string ToState { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
    public string? Reason { get; set; }

    /// <summary>
    /// A change of the lines (from and to are then the same state), e.g. <c>HB-1: 500 → 1000; + HB-2 × 200</c>; null for a
    /// step of the lifecycle.
    /// </summary>
    public string? Change { get; set; }
}

/// <summary>
/// A document issued for an order — confirmation, delivery note, invoice, credit note — stored once as it was issued and
/// served byte for byte afterwards; never changed (a correction is a credit note).
/// </summary>
public sealed class OrderDocument
{
    public long Id { get; set; }
    public long OrderId { get; set; }

    /// <summary>confirmation | delivery_note | invoice | credit_note</summary>
    public required string Kind { get; set; }

    public required string Number { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public required string IssuedBy { get; set; }
    public required byte[] Pdf { get; set; }

    /// <summary>The XRechnung (UN/CEFACT CII) of an invoice or credit note.</summary>
    public byte[]? Xml { get; set; }

    /// <summary>SHA-256 of the PDF, hex: proves a served document is the issued one.</summary>
    public required string Sha256 { get; set; }
}

/// <summary>
/// One credited line of a credit note: which order line (its position), how many of the invoiced quantity, at the
/// invoiced price. The sum over an order's credit notes per position never exceeds the invoiced quantity.
/// </summary>
public sealed class CreditNoteLine
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public long OrderId { get; set; }
    public int Position { get; set; }
    public required string Sku { get; set; }
    public long Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal VatRate { get; set; }
    public decimal LineTotal { get; set; }
}

/// <summary>
/// A counter for document numbers (e.g. <c>invoice-2026</c>): raised inside the transaction that issues the document, so
/// a rolled-back issue gives its number back — invoice numbers stay gapless — and concurrent issues wait for each other.
/// </summary>
public sealed class NumberSequence
{
    public required string Name { get; set; }
    public long LastValue { get; set; }
}

/// <summary>
/// A role beyond the departments for the order lifecycle: <c>production</c> (plans and reports production) and
/// <c>warehouse</c> (packs and ships). Sales and finance come from department membership, everything from admin.
/// </summary>
public sealed class UserRole
{
    public long UserId { get; set; }
    public required string Role { get; set; }
}

internal sealed class OrdersConfiguration :
    IEntityTypeConfiguration<Order>, IEntityTypeConfiguration<OrderLine>, IEntityTypeConfiguration<OrderTransition>,
    IEntityTypeConfiguration<OrderDocument>, IEntityTypeConfiguration<NumberSequence>, IEntityTypeConfiguration<UserRole>,
    IEntityTypeConfiguration<CreditNoteLine>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.ToTable("orders");
        order.HasIndex(o => o.Number).IsUnique();
        order.HasIndex(o => new { o.State, o.Id }).HasDatabaseName("ix_orders_state");
        order.HasIndex(o => o.CustomerNumber).HasDatabaseName("ix_orders_customer");
        order.Property(o => o.Version).IsConcurrencyToken();
        order.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerNumber).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Message>().WithMany().HasForeignKey(o => o.SourceMessageId).OnDelete(DeleteBehavior.SetNull);
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasMany(o => o.Transitions).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.OwnsOne(o => o.DeliveryAddress, address =>
        {
            address.Property(a => a.Street).HasColumnName("delivery_street");
            address.Property(a => a.PostalCode).HasColumnName("delivery_postal_code");
            address.Property(a => a.City).HasColumnName("delivery_city");
            address.Property(a => a.Country).HasColumnName("delivery_country");
            address.Ignore(a => a.IsComplete);
        });
    }

    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.ToTable("order_lines");
        line.HasIndex(l => new { l.OrderId, l.Position }).IsUnique();
        line.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<OrderTransition> transition)
    {
        transition.ToTable("order_transitions");
        transition.HasIndex(t => t.OrderId).HasDatabaseName("ix_order_transitions_order");
    }

    public void Configure(EntityTypeBuilder<OrderDocument> document)
    {
        document.ToTable("order_documents");
        document.HasIndex(d => new { d.Kind, d.Number }).IsUnique();
        // One confirmation, delivery note and invoice per order; credit notes as many as corrections need.
        document.HasIndex(d => new { d.OrderId, d.Kind }).IsUnique().HasDatabaseName("ux_order_documents_once").HasFilter("kind <> 'credit_note'");
        document.HasOne<Order>().WithMany().HasForeignKey(d => d.OrderId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CreditNoteLine> line)
    {
        line.ToTable("credit_note_lines");
        line.HasIndex(l => new { l.OrderId, l.Position }).HasDatabaseName("ix_credit_note_lines_order");
        line.HasOne<OrderDocument>().WithMany().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Restrict);
        line.HasOne<Order>().WithMany().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<NumberSequence> sequence) => sequence.ToTable("number_sequences").HasKey(s => s.Name);

    public void Configure(EntityTypeBuilder<UserRole> role)
    {
        role.ToTable("user_roles").HasKey(r => new { r.UserId, r.Role });
        role.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
