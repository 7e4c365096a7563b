namespace HappyButtons.Engine.Intake.Customers;

/// <summary>
/// A person at a customer. Salutation is gender-neutral by default: the preferred salutation when
/// the contact gave one, otherwise "Guten Tag Vorname Nachname" / "Dear Vorname Nachname".
/// </summary>
public sealed record Contact(
    string FirstName,
    string LastName,
    string Email,
    string CustomerNumber,
    string? Title = null,
    string? PreferredSalutation = null)
{
    public string FullName => string.Join(" ", new[] { Title, FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public string Salutation(Language language) =>
        PreferredSalutation ?? (language == Language.En ? $"Dear {FullName}" : $"Guten Tag {FullName}");
}
