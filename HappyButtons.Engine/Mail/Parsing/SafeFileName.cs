using System.Text;

namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// Turns a sender-chosen attachment name into one safe as a single path segment on Linux and Windows:
/// no directories, no traversal, no reserved device names, no control characters, bounded length.
/// </summary>
public static class SafeFileName
{
    private const int MaxLength = 150;
    private static readonly string[] ReservedWindowsNames =
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
         "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    public static string From(string? name, string contentType = "application/octet-stream")
    {
        var candidate = LastSegment(name ?? string.Empty);
        var cleaned = new StringBuilder(candidate.Length);
        foreach (var c in candidate.Normalize(NormalizationForm.FormC))
        {
            // Bidi overrides and other format characters disguise names ("rechnung\u202Efdp.exe" shows as "...exe.pdf").
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) continue;
            cleaned.Append(char.IsControl(c) || "<>:\"|?*".Contains(c) ? '_' : c);
        }
        var result = cleaned.ToString().Trim().Trim('.').Trim();
        if (result.Length == 0) return "attachment" + ExtensionFor(contentType);
        var stem = result.Split('.')[0];
        if (ReservedWindowsNames.Contains(stem, StringComparer.OrdinalIgnoreCase)) result = "_" + result;
        return Shorten(result);
    }

    private static string LastSegment(string name)
    {
        var cut = name.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? name : name[(cut + 1)..];
    }

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength) return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 20) extension = string.Empty;
        return name[..(MaxLength - extension.Length)] + extension;
    }

    private static string ExtensionFor(string contentType) => contentType.ToLowerInvariant() switch
    {
        "message/rfc822" => ".eml",
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "text/plain" => ".txt",
        "text/html" => ".html",
        "text/calendar" => ".ics",
        _ => ".bin",
    };
}
