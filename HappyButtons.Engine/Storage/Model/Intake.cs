using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>A customer account: its mail domains, contract agreements and contacts.</summary>
public sealed class Customer
{
    public required string Number { get; set; }
    public required string Name { get; set; }

    /// <summary>regular | oem | distributor</summary>
    public required string Type { get; set; }

    public bool Vip { get; set; }
    public string Language { get; set; } = "de";

    /// <summary>JSON array of mail domains.</summary>
    public string Domains { get; set; } = "[]";

    /// <summary>JSON array of agreement numbers.</summary>
    public string Agreements { get; set; } = "[]";

    /// <summary>The postal address invoices and confirmations are addressed to.</summary>
    public PostalAddress? Address { get; set; }

    /// <summary>The customer's VAT identification number (USt-IdNr.), e.g. <c>DE123456789</c>.</summary>
    public string? VatId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public List<Contact> Contacts { get; set; } = [];

    /// <summary>Raised by every save: two people editing the same customer cannot overwrite each other unnoticed.</summary>
    public int Version { get; set; }
}

/// <summary>A person at a customer, by mail address (unique, case-insensitive).</summary>
public sealed class Contact
{
    public long Id { get; set; }
    public required string CustomerNumber { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public string? Title { get; set; }
    public string? PreferredSalutation { get; set; }
}

/// <summary>A routing rule as an administrator saved it: its place in the order and its definition (JSON).</summary>
public sealed class RoutingRuleEntry
{
    public required string Id { get; set; }
    public int SortOrder { get; set; }
    public bool Enabled { get; set; } = true;
    public required string Definition { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    /// <summary>Raised by every save: two administrators editing the same rule cannot overwrite each other unnoticed.</summary>
    public int Version { get; set; }
}

/// <summary>An SLA policy: business minutes to the first response and to the resolution.</summary>
public sealed class SlaPolicyEntry
{
    public required string Name { get; set; }
    public int FirstResponseMinutes { get; set; }
    public int ResolutionMinutes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The business calendar (one row): federal state for the holidays, opening hours in Europe/Berlin minutes.</summary>
public sealed class SlaCalendar
{
    public int Id { get; set; } = 1;
    public required string FederalState { get; set; }
    public int OpensMinutes { get; set; }
    public int ClosesMinutes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A clerk's correction of a classification, kept so the classifier learns from it.</summary>
public sealed class TrainingExample
{
    public long Id { get; set; }
    public required string Text { get; set; }
    public required string Intent { get; set; }
    public required string Department { get; set; }
    public long? MessageId { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An SLA escalation of a message (once per message) and whether its notice went out.</summary>
public sealed class Escalation
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>JSON array of addresses.</summary>
    public required string Recipients { get; set; }

    public string? PriorityBefore { get; set; }
    public string? PriorityAfter { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset? NotifiedAt { get; set; }
}

internal sealed class IntakeConfiguration :
    IEntityTypeConfiguration<Customer>, IEntityTypeConfiguration<Contact>, IEntityTypeConfiguration<RoutingRuleEntry>,
    IEntityTypeConfiguration<SlaPolicyEntry>, IEntityTypeConfiguration<SlaCalendar>, IEntityTypeConfiguration<TrainingExample>,
    IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.ToTable("customers").HasKey(c => c.Number);
        customer.Property(c => c.Version).IsConcurrencyToken();
        customer.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.CustomerNumber).OnDelete(DeleteBehavior.Cascade);
        customer.OwnsOne(c => c.Address, address =>
        {
            address.Property(a => a.Street).HasColumnName("address_street");
            address.Property(a => a.PostalCode).HasColumnName("address_postal_code");
            address.Property(a => a.City).HasColumnName("address_city");
            address.Property(a => a.Country).HasColumnName("address_country");
        });
    }

    public void Configure(EntityTypeBuilder<Contact> contact)
    {
        contact.ToTable("contacts");
        contact.HasIndex(c => c.Email).IsUnique();
        contact.HasIndex(c => c.CustomerNumber).HasDatabaseName("ix_contacts_customer");
    }

    public void Configure(EntityTypeBuilder<RoutingRuleEntry> rule)
    {
        rule.ToTable("routing_rules");
        rule.Property(r => r.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<SlaPolicyEntry> policy) => policy.ToTable("sla_policies").HasKey(p => p.Name);

    public void Configure(EntityTypeBuilder<SlaCalendar> calendar)
    {
        calendar.ToTable("sla_calendar", table => table.HasCheckConstraint("ck_sla_calendar_single_row", "id = 1"));
        calendar.Property(c => c.Id).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<TrainingExample> example)
    {
        example.ToTable("training_examples");
        example.HasOne<Message>().WithMany().HasForeignKey(e => e.MessageId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<Escalation> escalation)
    {
        escalation.ToTable("escalations");
        escalation.HasIndex(e => e.MessageId).IsUnique();
        escalation.HasIndex(e => e.Id).HasDatabaseName("ix_escalations_unnotified").HasFilter("notified_at IS NULL");
        escalation.HasOne<Message>().WithMany().HasForeignKey(e => e.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
