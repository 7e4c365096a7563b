using AngleSharp.Html.Parser;
using HappyButtons.Engine.Mail.Parsing;

namespace HappyButtons.Web.Workspace.Messages;

/// <summary>
/// The HTML body of a mail, prepared for the sandboxed iframe: inline <c>cid:</c> images become <c>data:</c> URIs
/// (a sandboxed frame has an opaque origin, so it would not send the session cookie for a same-site image URL),
/// and the few elements that act without scripts — meta refresh, base — are removed. Scripts, event handlers and
/// remote content are left to the iframe sandbox and the Content-Security-Policy, which block them.
/// </summary>
public static class MailHtmlDocument
{
    private const int MaxInlineImageBytes = 2 * 1024 * 1024;
    private const long MaxInlineTotalBytes = 10 * 1024 * 1024;

    /// <summary>Raster formats a browser shows as images; SVG is left out because it is a document that can carry script.</summary>
    private static readonly HashSet<string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp", "image/bmp",
    };

    public static string Prepare(ParsedMail message)
    {
        var html = message.HtmlBody ?? "";
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("meta[http-equiv], base").ToList())
        {
            element.Remove();
        }

        long inlined = 0;
        foreach (var image in document.QuerySelectorAll("img[src^='cid:' i]"))
        {
            var part = message.FindByContentId(image.GetAttribute("src")!);
            if (part is null || !ImageTypes.Contains(part.ContentType)
                || part.Content.Length > MaxInlineImageBytes || inlined + part.Content.Length > MaxInlineTotalBytes)
            {
                image.RemoveAttribute("src");
                continue;
            }

            inlined += part.Content.Length;
            image.SetAttribute("src", $"data:{part.ContentType.ToLowerInvariant()};base64,{Convert.ToBase64String(part.Content)}");
        }

        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }
}
