namespace HappyButtons.Engine.Mail.Mime;

/// <summary>A parsed Content-Type. Missing or unreadable values fall back to text/plain (RFC 2045 section 5.2).</summary>
public sealed record ContentType(string MediaType, string MediaSubtype, IReadOnlyDictionary<string, string> Parameters)
{
    public static readonly ContentType TextPlain = new("text", "plain", new Dictionary<string, string>());
    public static readonly ContentType MessageRfc822 = new("message", "rfc822", new Dictionary<string, string>());

    public string MimeType => $"{MediaType}/{MediaSubtype}";

    public string? Charset => Parameter("charset");
    public string? Boundary => Parameter("boundary");
    public string? Name => Parameter("name");

    public bool IsMultipart => MediaType == "multipart";
    public bool IsText => MediaType == "text";

    public bool Is(string mediaType, string subtype) => MediaType == mediaType && MediaSubtype == subtype;

    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    public static ContentType Parse(string? text, ContentType fallback, IMimeWarningSink? warnings)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        var semicolon = text.IndexOf(';');
        var type = (semicolon < 0 ? text : text[..semicolon]).Trim();
        var slash = type.IndexOf('/');
        var parameters = semicolon < 0 ? new Dictionary<string, string>() : ParameterParser.Parse(text[(semicolon + 1)..], warnings);
        if (slash <= 0 || slash == type.Length - 1)
        {
            warnings?.Add($"Unreadable Content-Type '{WarningText.Shorten(text)}'; read as {fallback.MimeType}.");
            return fallback with { Parameters = parameters };
        }
        return new ContentType(
            type[..slash].Trim().ToLowerInvariant(),
            type[(slash + 1)..].Trim().ToLowerInvariant(),
            parameters);
    }
}
