namespace HappyButtons.Engine.Mail.Mime;

/// <summary>Keeps sender-controlled text quoted in warnings short, so a hostile header cannot flood the log.</summary>
internal static class WarningText
{
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
