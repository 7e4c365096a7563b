using HappyButtons.Engine.Intake;
using IntakeContact = HappyButtons.Engine.Intake.Customers.Contact;

namespace HappyButtons.Engine.Replies;

public enum ContactGender { Unknown, Female, Male }

/// <summary>
/// The person a reply is addressed to, as far as we know them. The salutation is formal ("Sie"): with title and last name
/// when gender and name are known, "Sehr geehrte Damen und Herren" / "Dear Sir or Madam" when they are not — never empty.
/// </summary>
public sealed record ReplyContact(ContactGender Gender, string? Title, string? FirstName, string? LastName)
{
    public static ReplyContact Unknown { get; } = new(ContactGender.Unknown, null, null, null);

    public bool HasName => !string.IsNullOrWhiteSpace(LastName);

    /// <summary>The contact of the customer record; the gender is read from the stored salutation ("Frau", "Herr", "Ms", "Mr").</summary>
    public static ReplyContact From(IntakeContact contact) =>
        new(GenderOf(contact.PreferredSalutation), Clean(contact.Title), Clean(contact.FirstName), Clean(contact.LastName));

    public static ContactGender GenderOf(string? salutation)
    {
        var words = (salutation ?? "").Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet();
        return words.Contains("damen") ? ContactGender.Unknown
            : words.Overlaps(["frau", "ms", "mrs", "miss"]) ? ContactGender.Female
            : words.Overlaps(["herr", "mr"]) ? ContactGender.Male
            : ContactGender.Unknown;
    }

    public string Salutation(Language language) => language == Language.En ? English() : German();

    private string German()
    {
        if (!HasName)
        {
            return "Sehr geehrte Damen und Herren";
        }

        var name = Join(Title, LastName);
        return Gender switch
        {
            ContactGender.Female => $"Sehr geehrte Frau {name}",
            ContactGender.Male => $"Sehr geehrter Herr {name}",
            // Gender unknown: the full name, still formal, rather than guessing "Frau" or "Herr".
            _ => $"Guten Tag {Join(Title, FirstName, LastName)}",
        };
    }

    private string English()
    {
        if (!HasName)
        {
            return "Dear Sir or Madam";
        }

        var title = EnglishTitle(Title);
        return (title, Gender) switch
        {
            ({ } t, _) => $"Dear {t} {LastName!.Trim()}",
            (null, ContactGender.Female) => $"Dear Ms {LastName!.Trim()}",
            (null, ContactGender.Male) => $"Dear Mr {LastName!.Trim()}",
            _ => $"Dear {Join(FirstName, LastName)}",
        };
    }

    /// <summary>English letters name the highest academic title only: "Prof. Dr." becomes "Professor", "Dr." becomes "Dr".</summary>
    private static string? EnglishTitle(string? title) =>
        title is null ? null
        : title.Contains("Prof", StringComparison.OrdinalIgnoreCase) ? "Professor"
        : title.Contains("Dr", StringComparison.OrdinalIgnoreCase) ? "Dr"
        : null;

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
