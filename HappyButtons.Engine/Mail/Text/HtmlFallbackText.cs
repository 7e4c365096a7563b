using System.Net;
using System.Text;

namespace HappyButtons.Engine.Mail.Text;

/// <summary>
/// A linear-time tag stripper for HTML too deeply nested for a tree builder: HTML5 scope checks make
/// parsing O(depth²), so a hostile mail of 100,000 nested tags would stall a worker for minutes.
/// </summary>
internal static class HtmlFallbackText
{
    private const int MaxTreeDepth = 400;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
        { "br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr", "p", "li", "td", "tr", "th", "option" };

    private static readonly HashSet<string> LineBreaking = new(StringComparer.OrdinalIgnoreCase)
        { "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "pre", "hr" };

    /// <summary>True when tags nest deeper than a tree builder should be asked to handle.</summary>
    public static bool IsTooDeep(string html)
    {
        int depth = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var (name, closing, end) = ReadTag(html, i);
            i = end;
            if (name.Length == 0) continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (!VoidElements.Contains(name) && html[Math.Max(0, end - 2)] != '/' && ++depth > MaxTreeDepth) return true;
        }
        return false;
    }

    public static string Convert(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0) open = html.Length;
            text.Append(html, i, open - i);
            if (open == html.Length) break;
            var (name, closing, end) = ReadTag(html, open);
            if (!closing && name is "script" or "style" or "head" or "title")
                end = SkipElement(html, name, end);
            else if (LineBreaking.Contains(name) && (text.Length == 0 || text[^1] != '\n')) text.Append('\n');
            i = end;
        }
        var writer = new PlainTextWriter();
        foreach (var line in WebUtility.HtmlDecode(text.ToString()).Split('\n'))
            writer.Text(line, preformatted: false).HardBreak();
        return writer.Finish();
    }

    private static int SkipElement(string html, string name, int from)
    {
        var close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        if (close < 0) return html.Length;
        var end = html.IndexOf('>', close);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>Reads the tag at '&lt;'; comments and declarations yield an empty name.</summary>
    private static (string Name, bool Closing, int End) ReadTag(string html, int open)
    {
        if (html.AsSpan(open).StartsWith("<!--"))
        {
            var commentEnd = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return (string.Empty, false, commentEnd < 0 ? html.Length : commentEnd + 3);
        }
        var i = open + 1;
        var closing = i < html.Length && html[i] == '/';
        if (closing) i++;
        var nameStart = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i])) i++;
        var name = html[nameStart..i].ToLowerInvariant();
        var end = html.IndexOf('>', i);
        return (name, closing, end < 0 ? html.Length : end + 1);
    }
}
