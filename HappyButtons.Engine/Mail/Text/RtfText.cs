using System.Text;

namespace HappyButtons.Engine.Mail.Text;

/// <summary>
/// The plain text of an RTF document, for Outlook mail whose only body is the RTF inside winmail.dat (TNEF). Reads
/// paragraphs, line breaks, tabs, \'xx and \uN characters; skips font, colour and style tables, pictures and other
/// "\*" destinations. Linear in the input and never recursive, so a hostile document cannot exhaust the stack.
/// </summary>
public static class RtfText
{
    private static readonly HashSet<string> SkippedDestinations = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "themedata", "datastore", "latentstyles",
        "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "header", "footer", "mmathPr", "filetbl",
    };

    public static string Convert(string rtf)
    {
        var text = new StringBuilder(rtf.Length / 2);
        var encoding = CodePage(1252);
        var skipDepth = -1;
        var depth = 0;
        var unicodeSkip = 1;
        var pendingSkip = 0;
        var i = 0;
        while (i < rtf.Length)
        {
            var c = rtf[i];
            switch (c)
            {
                case '{':
                    depth++;
                    i++;
                    continue;
                case '}':
                    if (depth == skipDepth) skipDepth = -1;
                    depth--;
                    i++;
                    continue;
                case '\r' or '\n':
                    i++;
                    continue;
                case '\\':
                    i = ControlWord(rtf, i, out var word, out var parameter);
                    if (skipDepth >= 0) continue;
                    switch (word)
                    {
                        case "*" or "pntext" when depth > 0:
                            skipDepth = depth;
                            break;
                        case var d when SkippedDestinations.Contains(d):
                            skipDepth = depth;
                            break;
                        case "par" or "line" or "row" or "sect" or "page":
                            text.Append('\n');
                            break;
                        case "tab" or "cell":
                            text.Append('\t');
                            break;
                        case "ansicpg" when parameter is { } page:
                            encoding = CodePage(page);
                            break;
                        case "uc" when parameter is { } count:
                            unicodeSkip = Math.Clamp(count, 0, 4);
                            break;
                        case "u" when parameter is { } code:
                            text.Append((char)(code < 0 ? code + 65536 : code));
                            pendingSkip = unicodeSkip;
                            continue;
                        case "'" when parameter is { } b:
                            if (pendingSkip > 0) pendingSkip--;
                            else text.Append(encoding.GetString([(byte)b]));
                            continue;
                        case "\\" or "{" or "}":
                            text.Append(word);
                            break;
                        case "~":
                            text.Append('\u00a0');
                            break;
                    }

                    pendingSkip = 0;
                    continue;
                default:
                    if (skipDepth < 0)
                    {
                        if (pendingSkip > 0) pendingSkip--;
                        else text.Append(c);
                    }

                    i++;
                    continue;
            }
        }

        return LineBreaks.Normalize(text.ToString()).Trim();
    }

    /// <summary>Reads "\word[-]N[ ]", "\'hh" or a control symbol at <paramref name="start"/>; returns where reading goes on.</summary>
    private static int ControlWord(string rtf, int start, out string word, out int? parameter)
    {
        parameter = null;
        var i = start + 1;
        if (i >= rtf.Length)
        {
            word = "";
            return i;
        }

        if (rtf[i] == '\'')
        {
            word = "'";
            if (i + 2 < rtf.Length && int.TryParse(rtf.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var value)) parameter = value;
            return Math.Min(rtf.Length, i + 3);
        }

        if (!char.IsAsciiLetter(rtf[i]))
        {
            word = rtf[i].ToString();
            return i + 1;
        }

        var nameStart = i;
        while (i < rtf.Length && char.IsAsciiLetter(rtf[i]) && i - nameStart < 32) i++;
        word = rtf[nameStart..i];
        var numberStart = i;
        if (i < rtf.Length && rtf[i] == '-') i++;
        while (i < rtf.Length && char.IsAsciiDigit(rtf[i]) && i - numberStart < 10) i++;
        if (i > numberStart && int.TryParse(rtf.AsSpan(numberStart, i - numberStart), out var number)) parameter = number;
        if (i < rtf.Length && rtf[i] == ' ') i++;
        return i;
    }

    private static Encoding CodePage(int page)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(page) ?? Encoding.GetEncoding(page);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return Encoding.Latin1;
        }
    }
}
