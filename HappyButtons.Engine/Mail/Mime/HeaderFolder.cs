using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>Writes "Name: tokens" folding before a whitespace-led token whenever the line would pass 78 characters.</summary>
internal static class HeaderFolder
{
    private const int MaxLine = 78;

    public static void Append(StringBuilder output, string name, IEnumerable<string> tokens)
    {
        output.Append(name).Append(':');
        var column = name.Length + 1;
        var first = true;
        foreach (var token in tokens)
        {
            var foldable = token.Length > 0 && token[0] is ' ' or '\t';
            if (!first && foldable && column + token.Length > MaxLine)
            {
                output.Append("\r\n");
                column = 0;
            }
            output.Append(token);
            column += token.Length;
            first = false;
        }
        output.Append("\r\n");
    }

    public static void Append(StringBuilder output, string name, string plainValue) =>
        Append(output, name, HeaderEncoder.SplitAtWhitespace(" " + plainValue));
}
