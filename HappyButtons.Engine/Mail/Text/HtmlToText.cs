using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HappyButtons.Engine.Mail.Text;

/// <summary>
/// Renders mail HTML as readable text: scripts, styles and head dropped; block elements become line
/// breaks; links read "text (url)"; lists get bullets; table cells are joined with " | ";
/// blockquotes get "> " so quoted replies look like they do in plain-text mail.
/// </summary>
public static class HtmlToText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "head", "title", "noscript", "template", "meta", "link", "object", "iframe", "svg", "button", "select" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl", "dt", "dd", "section", "article", "header",
        "footer", "form", "address", "center", "hr", "fieldset", "figure", "figcaption", "main", "nav", "aside", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };

    public static string Convert(string html)
    {
        if (HtmlFallbackText.IsTooDeep(html)) return HtmlFallbackText.Convert(html);
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var root = (INode?)document.Body ?? document.DocumentElement;
        var writer = new PlainTextWriter();
        if (root is not null) RenderChildren(root, writer, preformatted: false);
        return writer.Finish();
    }

    /// <summary>Beyond this nesting the structure carries no meaning, only risk to the stack; text is still kept.</summary>
    private const int MaxRenderDepth = 200;

    private static void RenderChildren(INode node, PlainTextWriter writer, bool preformatted)
    {
        if (writer.Depth >= MaxRenderDepth)
        {
            AppendTextIteratively(node, writer, preformatted);
            return;
        }
        writer.Depth++;
        foreach (var child in node.ChildNodes) Render(child, writer, preformatted);
        writer.Depth--;
    }

    private static void AppendTextIteratively(INode root, PlainTextWriter writer, bool preformatted)
    {
        var pending = new Stack<INode>();
        for (var i = root.ChildNodes.Length - 1; i >= 0; i--) pending.Push(root.ChildNodes[i]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text) writer.Text(text.Data, preformatted);
            else if (node is IElement element && !Skipped.Contains(element.LocalName))
                for (var i = node.ChildNodes.Length - 1; i >= 0; i--) pending.Push(node.ChildNodes[i]);
        }
    }

    private static void Render(INode node, PlainTextWriter writer, bool preformatted)
    {
        if (node is IText text)
        {
            writer.Text(text.Data, preformatted);
            return;
        }
        if (node is not IElement element) return;
        var name = element.LocalName;
        if (Skipped.Contains(name)) return;
        switch (name)
        {
            case "br": writer.HardBreak(); return;
            case "a": RenderLink(element, writer, preformatted); return;
            case "li": RenderListItem(element, writer, preformatted); return;
            case "td" or "th": RenderCell(element, writer, preformatted); return;
            case "blockquote": RenderQuote(element, writer); return;
            case "pre":
                writer.LineBreak();
                RenderChildren(element, writer, preformatted: true);
                writer.LineBreak();
                return;
        }
        var block = Blocks.Contains(name);
        if (block) writer.LineBreak();
        if (name is "h1" or "h2" or "h3") writer.BlankLine();
        RenderChildren(element, writer, preformatted);
        if (block) writer.LineBreak();
        if (name is "h1" or "h2" or "h3" or "table") writer.BlankLine();
    }

    private static void RenderLink(IElement link, PlainTextWriter writer, bool preformatted)
    {
        var start = writer.Length;
        RenderChildren(link, writer, preformatted);
        var href = link.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return;
        var shown = writer.TextSince(start).Trim();
        var target = href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? href[7..] : href;
        if (shown.Length == 0) writer.Text(target, preformatted: true);
        else if (!shown.Contains(target, StringComparison.OrdinalIgnoreCase) && !target.Equals("http://" + shown, StringComparison.OrdinalIgnoreCase)
                 && !target.Equals("https://" + shown, StringComparison.OrdinalIgnoreCase))
            writer.Text($" ({target})", preformatted: true);
    }

    private static void RenderListItem(IElement item, PlainTextWriter writer, bool preformatted)
    {
        writer.LineBreak();
        var list = item.ParentElement;
        if (list?.LocalName == "ol")
        {
            var number = 1 + list.Children.TakeWhile(c => c != item).Count(c => c.LocalName == "li");
            writer.Text($"{number}. ", preformatted: true);
        }
        else writer.Text("• ", preformatted: true);
        RenderChildren(item, writer, preformatted);
        writer.LineBreak();
    }

    private static void RenderCell(IElement cell, PlainTextWriter writer, bool preformatted)
    {
        var firstInRow = cell.PreviousElementSibling is null;
        var beforeSeparator = writer.Length;
        if (!firstInRow && !writer.AtLineStart) writer.Text(" | ", preformatted: true);
        var afterSeparator = writer.Length;
        RenderChildren(cell, writer, preformatted);
        if (writer.TextSince(afterSeparator).Trim().Length == 0) writer.Truncate(beforeSeparator);
    }

    private static void RenderQuote(IElement quote, PlainTextWriter writer)
    {
        var inner = new PlainTextWriter { Depth = writer.Depth };
        RenderChildren(quote, inner, preformatted: false);
        writer.LineBreak();
        foreach (var line in inner.Finish().Split('\n'))
            writer.Text(line.Length == 0 ? ">" : "> " + line, preformatted: true).HardBreak();
    }
}
