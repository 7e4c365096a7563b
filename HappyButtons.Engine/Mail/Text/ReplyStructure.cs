using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Mail.Text;

/// <summary>
/// Marks quoted replies and the signature in a body text, line by line. Everything from the first
/// reply header (Outlook "Von:/From:" block, "-----Original Message-----", "On ... wrote:") is quoted;
/// before it, "&gt;" lines are quotes and the signature starts at "-- " or a closing like "Mit freundlichen Grüßen".
/// Lines are read as spans of the text, and a regex runs on a line only when its first two letters allow a match:
/// running every pattern on every line was most of the cost of reading a mail.
/// </summary>
internal static partial class ReplyStructure
{
    private const int MaxSignatureLines = 12;

    // The possible first two letters (lower-case ASCII) of each pattern below; see MayStartWith.
    internal static readonly string[] HeaderBlockStartOpenings = ["*", "fr", "vo", "de", "va"];
    internal static readonly string[] HeaderBlockFieldOpenings = ["*", "se", "ge", "da", "to", "an", "cc", "su", "be", "en", "ob"];
    internal static readonly string[] ClosingOpenings = ["mi", "fr", "be", "vi", "li", "he", "sc", "so", "mf", "gr", "ki", "wa", "ma", "re", "si", "yo", "ch", "lg", "vg"];
    internal static readonly string[] MobileFooterOpenings = ["se", "vo", "ge"];

    public static BodyText Analyze(string text, bool fromHtml)
    {
        var lines = new TextLines(text);
        var kinds = new BodyTextSegmentKind[lines.Count];
        var cut = FindReplyHeader(lines);
        kinds.AsSpan(cut).Fill(BodyTextSegmentKind.Quote);
        var lastQuoted = MarkInlineQuotes(lines, kinds, cut);
        MarkSignature(lines, kinds, lastQuoted + 1, cut);
        return new BodyText(text, Segments(lines, kinds), fromHtml);
    }

    // Optimised at first call: as tier-0 code with loop patchpoints this ran 3-5x slower for the first thousands of mails.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FindReplyHeader(TextLines lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            // Each form below needs a ':' or a leading '-'; most lines of prose have neither.
            if (!lines[i].ContainsAny(':', '-')) continue;
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '>') continue;
            // Cheap character checks first: most lines are prose and none of the patterns can match them.
            if (line[0] == '-' && SeparatorLine().IsMatch(line)) return i;
            if (line[^1] == ':' && line.Length < 400 && IsAttribution(lines, i, out var attributionStart) && QuotedFollows(lines, i)) return attributionStart;
            if (line.Length < 400 && line.Contains(':') && IsHeaderBlockStart(line) && HeaderBlockFollows(lines, i)) return UnderscoreLineBefore(lines, i);
        }
        return lines.Count;
    }

    /// <summary>"On Mon, 1 Jan 2024, Anna &lt;a@b&gt; wrote:" may be wrapped onto two lines by the client.</summary>
    private static bool IsAttribution(TextLines lines, int i, out int start)
    {
        start = i;
        var line = lines[i].Trim();
        // Every attribution form ends with a colon, also when joined with the line before.
        if (line.IsEmpty || line[^1] != ':') return false;
        if (Attribution().IsMatch(line)) return true;
        if (i == 0) return false;
        var previous = lines[i - 1].Trim();
        if (Attribution().IsMatch(string.Concat(previous, " ", line)) && !Attribution().IsMatch(previous) && AttributionOpening().IsMatch(previous))
        {
            start = i - 1;
            return true;
        }
        return false;
    }

    /// <summary>An attribution counts only when quoted text or the end of the mail follows, not in running prose.</summary>
    private static bool QuotedFollows(TextLines lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            var next = lines[j].Trim();
            if (next.Length == 0) continue;
            return next[0] == '>' || IsHeaderBlockStart(next);
        }
        return true;
    }

    private static bool HeaderBlockFollows(TextLines lines, int i)
    {
        var seen = 0;
        for (var j = i + 1; j < lines.Count && j <= i + 6; j++)
            if (IsHeaderBlockField(lines[j].Trim())) seen++;
        return seen >= 2 || (seen == 1 && i + 1 < lines.Count && IsHeaderBlockField(lines[i + 1].Trim()));
    }

    private static int UnderscoreLineBefore(TextLines lines, int i)
    {
        var j = i - 1;
        while (j >= 0 && lines[j].IsWhiteSpace()) j--;
        if (j < 0) return i;
        var line = lines[j].Trim();
        return line.Length >= 10 && !line.ContainsAnyExcept('_', '-') ? j : i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MarkInlineQuotes(TextLines lines, BodyTextSegmentKind[] kinds, int cut)
    {
        var lastQuoted = -1;
        if (!lines.Range(0, cut).Contains('>')) return lastQuoted;
        for (var i = 0; i < cut; i++)
        {
            var line = lines[i].TrimStart();
            if (line.IsEmpty || line[0] != '>') continue;
            kinds[i] = BodyTextSegmentKind.Quote;
            lastQuoted = i;
            var previous = i - 1;
            while (previous >= 0 && lines[previous].IsWhiteSpace()) previous--;
            if (previous >= 0 && kinds[previous] != BodyTextSegmentKind.Quote && IsAttribution(lines, previous, out var start))
                kinds.AsSpan(start, i - start).Fill(BodyTextSegmentKind.Quote);
        }
        return lastQuoted;
    }

    /// <summary>The signature starts at the earliest of: a "-- " line, a mobile footer, or a closing near the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkSignature(TextLines lines, BodyTextSegmentKind[] kinds, int from, int to)
    {
        var start = -1;
        for (var i = from; i < to; i++)
            if (lines[i] is "-- " or "--" || (lines[i].Length < 80 && IsMobileFooter(lines[i].Trim()))) { start = i; break; }
        var closingSearchEnd = start >= 0 ? start : to;
        // A closing counts only with at most MaxSignatureLines non-blank lines after it, so the search stops
        // (like at the first closing found) once more than that lie behind it.
        var after = 0;
        for (var k = closingSearchEnd; k < to && after <= MaxSignatureLines; k++)
            if (!lines[k].IsWhiteSpace()) after++;
        for (var i = closingSearchEnd - 1; i >= from && after <= MaxSignatureLines; i--)
        {
            var line = lines[i];
            if (line.Length <= 60 && IsClosing(line.Trim()))
            {
                start = i;
                break;
            }
            if (!line.IsWhiteSpace()) after++;
        }
        if (start < 0) return;
        kinds.AsSpan(start, to - start).Fill(BodyTextSegmentKind.Signature);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<BodyTextSegment> Segments(TextLines lines, BodyTextSegmentKind[] kinds)
    {
        var segments = new List<BodyTextSegment>();
        var runStart = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i < lines.Count && kinds[i] == kinds[runStart]) continue;
            var run = lines.Range(runStart, i).Trim('\n');
            // A run that is the whole text (the usual mail without quote or signature) reuses the text's string.
            if (!run.IsWhiteSpace()) segments.Add(new BodyTextSegment(kinds[runStart], run.Length == lines.Text.Length ? lines.Text : run.ToString()));
            runStart = i;
        }
        return segments;
    }

    private static bool IsHeaderBlockStart(ReadOnlySpan<char> line) => MayStartWith(line, HeaderBlockStartOpenings) && HeaderBlockStart().IsMatch(line);
    private static bool IsHeaderBlockField(ReadOnlySpan<char> line) => MayStartWith(line, HeaderBlockFieldOpenings) && HeaderBlockField().IsMatch(line);
    private static bool IsClosing(ReadOnlySpan<char> line) => MayStartWith(line, ClosingOpenings) && Closing().IsMatch(line);
    private static bool IsMobileFooter(ReadOnlySpan<char> line) => MayStartWith(line, MobileFooterOpenings) && MobileFooter().IsMatch(line);

    /// <summary>
    /// False when the line cannot begin with any of the openings (lower-case ASCII, compared without case), so the
    /// pattern they open cannot match it. A non-ASCII character passes: with IgnoreCase the Kelvin sign matches "k",
    /// and other case variants exist; the regex decides those.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool MayStartWith(ReadOnlySpan<char> line, string[] openings)
    {
        if (line.IsEmpty) return false;
        var first = AsciiLower(line[0]);
        var second = line.Length > 1 ? AsciiLower(line[1]) : '\0';
        if (first >= 128 || second >= 128) return true;
        foreach (var opening in openings)
            if (opening[0] == first && (opening.Length == 1 || opening[1] == second)) return true;
        return false;
    }

    private static char AsciiLower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    [GeneratedRegex(@"^(-{3,}\s*(Original Message|Ursprüngliche Nachricht|Original-Nachricht|Originalnachricht|Message d'origine)\s*-{3,}|-{3,}\s*Forwarded by .*)$", RegexOptions.IgnoreCase)]
    internal static partial Regex SeparatorLine();

    [GeneratedRegex(@"^(On\s.+\swrote:|Am\s.+\sschrieb\s?.*:|Le\s.+\sa écrit\s?:|.+\s(wrote|schrieb):)$", RegexOptions.IgnoreCase)]
    internal static partial Regex Attribution();

    [GeneratedRegex(@"^(On|Am|Le)\s", RegexOptions.IgnoreCase)]
    internal static partial Regex AttributionOpening();

    [GeneratedRegex(@"^\*?(From|Von|De|Van)\s?:\*?\s", RegexOptions.IgnoreCase)]
    internal static partial Regex HeaderBlockStart();

    [GeneratedRegex(@"^\*?(Sent|Gesendet|Date|Datum|To|An|Cc|Subject|Betreff|Envoyé|Objet|À)\s?:\*?(\s|$)", RegexOptions.IgnoreCase)]
    internal static partial Regex HeaderBlockField();

    [GeneratedRegex(@"^((mit\s)?(freundlichen|freundlichem|freundliche|besten|beste|viele|vielen|liebe|herzliche|schöne|sonnige)\s+gr(ü|ue)(ß|ss)(en|e)?\b.{0,30}|mfg|gruß|grüße|(best|kind|warm|many)\s+regards|regards|best wishes|sincerely|yours sincerely|yours faithfully|cheers|beste grüße|lg|vg)[,.!]?$", RegexOptions.IgnoreCase)]
    internal static partial Regex Closing();

    [GeneratedRegex(@"^(Sent from my (iPhone|iPad|Android|mobile device|BlackBerry).*|Von meinem (iPhone|iPad|Smartphone|Android).* gesendet|Gesendet von meinem .*)$", RegexOptions.IgnoreCase)]
    internal static partial Regex MobileFooter();
}
