using System.Text.RegularExpressions;
using HappyButtons.Engine.Mail.Text;

namespace HappyButtons.Tests.Mail.Text;

/// <summary>
/// The line-by-line regex implementation of reply structure detection as it was before the span-based
/// rewrite (commit 098c1a3), kept as the specification the engine's <c>ReplyStructure</c> must agree with.
/// </summary>
internal static partial class RegexReplyStructure
{
    private const int MaxSignatureLines = 12;

    public static BodyText Analyze(string text, bool fromHtml)
    {
        var lines = text.Split('\n');
        var kinds = new BodyTextSegmentKind[lines.Length];
        var cut = FindReplyHeader(lines);
        for (var i = cut; i < lines.Length; i++) kinds[i] = BodyTextSegmentKind.Quote;
        var lastQuoted = MarkInlineQuotes(lines, kinds, cut);
        MarkSignature(lines, kinds, lastQuoted + 1, cut);
        return new BodyText(text, Segments(lines, kinds), fromHtml);
    }

    private static int FindReplyHeader(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('>')) continue;
            // Cheap character checks first: most lines are prose and none of the patterns can match them.
            if (line[0] == '-' && SeparatorLine().IsMatch(line)) return i;
            if (line[^1] == ':' && line.Length < 400 && IsAttribution(lines, i, out var attributionStart) && QuotedFollows(lines, i)) return attributionStart;
            if (line.Length < 400 && line.Contains(':') && HeaderBlockStart().IsMatch(line) && HeaderBlockFollows(lines, i)) return UnderscoreLineBefore(lines, i);
        }
        return lines.Length;
    }

    /// <summary>"On Mon, 1 Jan 2024, Anna &lt;a@b&gt; wrote:" may be wrapped onto two lines by the client.</summary>
    private static bool IsAttribution(string[] lines, int i, out int start)
    {
        start = i;
        var line = lines[i].Trim();
        if (Attribution().IsMatch(line)) return true;
        if (i > 0 && Attribution().IsMatch(lines[i - 1].Trim() + " " + line) && !Attribution().IsMatch(lines[i - 1].Trim()) && AttributionOpening().IsMatch(lines[i - 1].Trim()))
        {
            start = i - 1;
            return true;
        }
        return false;
    }

    /// <summary>An attribution counts only when quoted text or the end of the mail follows, not in running prose.</summary>
    private static bool QuotedFollows(string[] lines, int i)
    {
        for (var j = i + 1; j < lines.Length; j++)
        {
            var next = lines[j].Trim();
            if (next.Length == 0) continue;
            return next.StartsWith('>') || HeaderBlockStart().IsMatch(next);
        }
        return true;
    }

    private static bool HeaderBlockFollows(string[] lines, int i)
    {
        var seen = 0;
        for (var j = i + 1; j < lines.Length && j <= i + 6; j++)
            if (HeaderBlockField().IsMatch(lines[j].Trim())) seen++;
        return seen >= 2 || (seen == 1 && i + 1 < lines.Length && HeaderBlockField().IsMatch(lines[i + 1].Trim()));
    }

    private static int UnderscoreLineBefore(string[] lines, int i)
    {
        var j = i - 1;
        while (j >= 0 && lines[j].Trim().Length == 0) j--;
        return j >= 0 && lines[j].Trim().Length >= 10 && lines[j].Trim().All(c => c is '_' or '-') ? j : i;
    }

    private static int MarkInlineQuotes(string[] lines, BodyTextSegmentKind[] kinds, int cut)
    {
        var lastQuoted = -1;
        for (var i = 0; i < cut; i++)
        {
            if (!lines[i].TrimStart().StartsWith('>')) continue;
            kinds[i] = BodyTextSegmentKind.Quote;
            lastQuoted = i;
            var previous = i - 1;
            while (previous >= 0 && lines[previous].Trim().Length == 0) previous--;
            if (previous >= 0 && kinds[previous] != BodyTextSegmentKind.Quote && IsAttribution(lines, previous, out var start))
                for (var k = start; k < i; k++) kinds[k] = BodyTextSegmentKind.Quote;
        }
        return lastQuoted;
    }

    /// <summary>The signature starts at the earliest of: a "-- " line, a mobile footer, or a closing near the end.</summary>
    private static void MarkSignature(string[] lines, BodyTextSegmentKind[] kinds, int from, int to)
    {
        var start = -1;
        for (var i = from; i < to; i++)
            if (lines[i] is "-- " or "--" || (lines[i].Length < 80 && MobileFooter().IsMatch(lines[i].Trim()))) { start = i; break; }
        var closingSearchEnd = start >= 0 ? start : to;
        for (var i = closingSearchEnd - 1; i >= from; i--)
        {
            if (lines[i].Length > 60 || !Closing().IsMatch(lines[i].Trim())) continue;
            var after = 0;
            for (var k = i + 1; k < to; k++) if (lines[k].Trim().Length > 0) after++;
            if (after <= MaxSignatureLines) start = i;
            break;
        }
        if (start < 0) return;
        for (var i = start; i < to; i++) kinds[i] = BodyTextSegmentKind.Signature;
    }

    private static List<BodyTextSegment> Segments(string[] lines, BodyTextSegmentKind[] kinds)
    {
        var segments = new List<BodyTextSegment>();
        var runStart = 0;
        for (var i = 1; i <= lines.Length; i++)
        {
            if (i < lines.Length && kinds[i] == kinds[runStart]) continue;
            var text = string.Join("\n", lines[runStart..i]).Trim('\n');
            if (text.Trim().Length > 0) segments.Add(new BodyTextSegment(kinds[runStart], text));
            runStart = i;
        }
        return segments;
    }

    [GeneratedRegex(@"^(-{3,}\s*(Original Message|Ursprüngliche Nachricht|Original-Nachricht|Originalnachricht|Message d'origine)\s*-{3,}|-{3,}\s*Forwarded by .*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SeparatorLine();

    [GeneratedRegex(@"^(On\s.+\swrote:|Am\s.+\sschrieb\s?.*:|Le\s.+\sa écrit\s?:|.+\s(wrote|schrieb):)$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(On|Am|Le)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionOpening();

    [GeneratedRegex(@"^\*?(From|Von|De|Van)\s?:\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderBlockStart();

    [GeneratedRegex(@"^\*?(Sent|Gesendet|Date|Datum|To|An|Cc|Subject|Betreff|Envoyé|Objet|À)\s?:\*?(\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderBlockField();

    [GeneratedRegex(@"^((mit\s)?(freundlichen|freundlichem|freundliche|besten|beste|viele|vielen|liebe|herzliche|schöne|sonnige)\s+gr(ü|ue)(ß|ss)(en|e)?\b.{0,30}|mfg|gruß|grüße|(best|kind|warm|many)\s+regards|regards|best wishes|sincerely|yours sincerely|yours faithfully|cheers|beste grüße|lg|vg)[,.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^(Sent from my (iPhone|iPad|Android|mobile device|BlackBerry).*|Von meinem (iPhone|iPad|Smartphone|Android).* gesendet|Gesendet von meinem .*)$", RegexOptions.IgnoreCase)]
    private static partial Regex MobileFooter();
}
