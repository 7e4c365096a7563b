using System.Globalization;

namespace HappyButtons.Engine.Storage;

/// <summary>What an edit was based on, as a person reads it in a conflict message.</summary>
public enum EditedThing { Customer, RoutingRule, Product }

/// <summary>
/// An edit was refused because the row changed (or went away) after the editor loaded it: someone else saved first.
/// Nothing was written; the editor reloads and edits again. <see cref="ChangedBy"/> is null when the database does not
/// say who it was.
/// </summary>
public sealed record EditConflict(EditedThing Thing, string Key, string? ChangedBy, DateTimeOffset? ChangedAt, bool Deleted = false)
{
    /// <summary>The message for the person whose edit was refused, in German (<c>de</c>, the default) or English (<c>en</c>).</summary>
    public string Message(string language)
    {
        var english = language == "en";
        var who = ChangedBy ?? (english ? "someone else" : "jemand anderem");
        return (Thing, Deleted, english) switch
        {
            (EditedThing.Customer, false, false) => $"Dieser Kunde wurde inzwischen von {who} geändert; bitte neu laden.",
            (EditedThing.Customer, false, true) => $"This customer was changed by {who} in the meantime; please reload.",
            (EditedThing.Customer, true, false) => "Dieser Kunde wurde inzwischen gelöscht; bitte neu laden.",
            (EditedThing.Customer, true, true) => "This customer was deleted in the meantime; please reload.",
            (EditedThing.Product, false, false) => $"Dieser Artikel wurde inzwischen von {who} geändert; bitte neu laden.",
            (EditedThing.Product, false, true) => $"This product was changed by {who} in the meantime; please reload.",
            (EditedThing.Product, true, false) => "Dieser Artikel wurde inzwischen gelöscht; bitte neu laden.",
            (EditedThing.Product, true, true) => "This product was deleted in the meantime; please reload.",
            (_, false, false) => $"Diese Regel wurde inzwischen von {who} geändert; bitte neu laden.",
            (_, false, true) => $"This rule was changed by {who} in the meantime; please reload.",
            (_, true, false) => "Diese Regel wurde inzwischen gelöscht; bitte neu laden.",
            (_, true, true) => "This rule was deleted in the meantime; please reload.",
        };
    }

    public override string ToString() => Message("en") + (ChangedAt is { } at ? " (" + at.ToString("u", CultureInfo.InvariantCulture) + ")" : "");
}
