namespace HappyButtons.Engine.Intake.Customers;

public enum CustomerType { Regular, Oem, Distributor }

/// <summary>A customer account. Domains are lower-case mail domains the customer sends from.</summary>
public sealed record Customer(
    string Number,
    string Name,
    CustomerType Type,
    bool IsVip,
    Language Language,
    IReadOnlyList<string> EmailDomains,
    IReadOnlyList<string> FrameworkAgreements)
{
    public bool IsOem => Type == CustomerType.Oem;

    /// <summary>
    /// The stored version this customer was read at (0: not stored yet). An edit hands it back to the store, which refuses
    /// the edit when someone else saved the customer since.
    /// </summary>
    public int Version { get; init; }

    /// <summary>The postal address invoices are addressed to (null: not known yet).</summary>
    public CustomerAddress? Address { get; init; }

    /// <summary>The customer's VAT identification number (USt-IdNr.), e.g. <c>DE123456789</c>.</summary>
    public string? VatId { get; init; }
}

/// <summary>A customer's postal address; <see cref="Country"/> is an ISO 3166-1 alpha-2 code such as <c>DE</c>.</summary>
public sealed record CustomerAddress(string Street, string PostalCode, string City, string Country)
{
    public bool IsEmpty => Street.Length == 0 && PostalCode.Length == 0 && City.Length == 0;
}
