namespace HappyButtons.Engine.Mail.Mime;

/// <summary>A parsed Content-Disposition (RFC 2183): "attachment" or "inline" plus parameters such as filename.</summary>
public sealed record ContentDisposition(string Disposition, IReadOnlyDictionary<string, string> Parameters)
{
    public bool IsAttachment => Disposition == "attachment";
    public bool IsInline => Disposition == "inline";
    public string? FileName => Parameters.TryGetValue("filename", out var value) ? value : null;

    public static ContentDisposition? Parse(string? text, IMimeWarningSink? warnings)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var semicolon = text.IndexOf(';');
        var disposition = (semicolon < 0 ? text : text[..semicolon]).Trim().ToLowerInvariant();
        var parameters = semicolon < 0 ? new Dictionary<string, string>() : ParameterParser.Parse(text[(semicolon + 1)..], warnings);
        return new ContentDisposition(disposition, parameters);
    }
}
