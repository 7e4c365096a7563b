namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    private static readonly IReadOnlyDictionary<string, string> MessagesGerman = new Dictionary<string, string>
    {
        ["Inbox"] = "Posteingang",
    };
}
