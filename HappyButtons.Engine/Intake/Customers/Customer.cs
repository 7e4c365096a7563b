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
}
