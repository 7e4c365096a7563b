using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Engine.Intake.Enrichment;

public enum CustomerMatchKind { None, ExactAddress, Domain, ReferenceInText }

/// <summary>Who sent the mail, as far as the directory knows; <see cref="Kind"/> says how sure we are.</summary>
public sealed record CustomerMatch(CustomerMatchKind Kind, Customer? Customer, Contact? Contact)
{
    public static CustomerMatch None { get; } = new(CustomerMatchKind.None, null, null);
    public bool IsKnown => Customer is not null;
}
