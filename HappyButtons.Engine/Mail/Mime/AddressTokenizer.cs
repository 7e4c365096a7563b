using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

internal enum AddressTokenKind { Atom, Quoted, Comment, Special, DomainLiteral }

internal sealed record AddressToken(AddressTokenKind Kind, string Text, bool SpaceBefore);

/// <summary>RFC 5322 lexical tokens of an address header: atoms, quoted strings, nested comments, specials.</summary>
internal static class AddressTokenizer
{
    private const string Specials = "<>@,;:";

    public static List<AddressToken> Tokenize(string text)
    {
        var tokens = new List<AddressToken>();
        var i = 0;
        var space = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            var token = c switch
            {
                '"' => new AddressToken(AddressTokenKind.Quoted, ReadQuoted(text, ref i), space),
                '(' => new AddressToken(AddressTokenKind.Comment, ReadComment(text, ref i), space),
                '[' => new AddressToken(AddressTokenKind.DomainLiteral, ReadUntil(text, ref i, ']'), space),
                _ when Specials.Contains(c) => new AddressToken(AddressTokenKind.Special, SpecialText(c), space),
                _ => new AddressToken(AddressTokenKind.Atom, ReadAtom(text, ref i), space),
            };
            if (token.Kind == AddressTokenKind.Special) i++;
            tokens.Add(token);
            space = false;
        }
        return tokens;
    }

    private static string SpecialText(char c) => c switch
    {
        '<' => "<", '>' => ">", '@' => "@", ',' => ",", ';' => ";", ':' => ":",
        _ => c.ToString(),
    };

    private static string ReadAtom(string text, ref int i)
    {
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            // An encoded-word may hold specials in broken Q text; keep it whole.
            if (c == '=' && i + 1 < text.Length && text[i + 1] == '?')
            {
                var end = EncodedWordEnd(text, i);
                if (end > 0)
                {
                    i = end;
                    continue;
                }
            }
            if (char.IsWhiteSpace(c) || c is '"' or '(' or '[' || Specials.Contains(c)) break;
            i++;
        }
        return text[start..i];
    }

    private static int EncodedWordEnd(string text, int start)
    {
        var q1 = text.IndexOf('?', start + 2);
        if (q1 < 0 || q1 + 2 >= text.Length || text[q1 + 2] != '?') return -1;
        var close = text.IndexOf("?=", q1 + 3, Math.Min(EncodedWordDecoder.MaxPayload, text.Length - q1 - 3), StringComparison.Ordinal);
        if (close < 0) return -1;
        for (var k = start; k < close; k++)
            if (char.IsWhiteSpace(text[k])) return -1;
        return close + 2;
    }

    private static string ReadQuoted(string text, ref int i)
    {
        var value = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length) i++;
            value.Append(text[i++]);
        }
        i++;
        return value.ToString();
    }

    private static string ReadComment(string text, ref int i)
    {
        var value = new StringBuilder();
        var depth = 0;
        do
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                value.Append(text[i + 1]);
                i += 2;
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            if (!(c == '(' && depth == 1) && !(c == ')' && depth == 0)) value.Append(c);
            i++;
        }
        while (i < text.Length && depth > 0);
        return value.ToString();
    }

    private static string ReadUntil(string text, ref int i, char close)
    {
        var start = i;
        var end = text.IndexOf(close, i);
        i = end < 0 ? text.Length : end + 1;
        return text[start..i];
    }
}
