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
}
