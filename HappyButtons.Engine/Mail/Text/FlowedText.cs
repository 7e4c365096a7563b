using System.Text;

namespace HappyButtons.Engine.Mail.Text;

/// <summary>
/// RFC 3676 format=flowed: a line ending in a space continues on the next line of the same quote depth.
/// Space-stuffing is removed; with DelSp=yes the trailing space was added by the sender and is dropped.
/// </summary>
public static class FlowedText
{
    public static string Unwrap(string text, bool deleteSpace)
    {
        var output = new StringBuilder(text.Length);
        var paragraph = new StringBuilder();
        var paragraphDepth = -1;
        foreach (var rawLine in text.Split('\n'))
        {
            var depth = 0;
            while (depth < rawLine.Length && rawLine[depth] == '>') depth++;
            var line = rawLine[depth..];
            if (line.StartsWith(' ')) line = line[1..];
            if (paragraphDepth >= 0 && depth != paragraphDepth) FlushParagraph(output, paragraph, ref paragraphDepth);
            var isSignatureSeparator = line == "-- ";
            var flowed = line.EndsWith(' ') && !isSignatureSeparator;
            if (flowed && deleteSpace) line = line[..^1];
            paragraph.Append(line);
            paragraphDepth = depth;
            if (!flowed) FlushParagraph(output, paragraph, ref paragraphDepth);
        }
        if (paragraphDepth >= 0) FlushParagraph(output, paragraph, ref paragraphDepth);
        if (output.Length > 0) output.Length--;
        return output.ToString();
    }

    private static void FlushParagraph(StringBuilder output, StringBuilder paragraph, ref int depth)
    {
        if (depth > 0) output.Append('>', depth).Append(' ');
        output.Append(paragraph).Append('\n');
        paragraph.Clear();
        depth = -1;
    }
}
