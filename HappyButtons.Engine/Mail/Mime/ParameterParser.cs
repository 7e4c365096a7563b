using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Reads "; name=value" parameter lists of Content-Type and Content-Disposition, including RFC 2231
/// continuations and charsets (filename*0*=utf-8''...), and RFC 2047 words that Outlook puts in quoted values.
/// </summary>
internal static class ParameterParser
{
    private readonly record struct RawParameter(string Name, int Section, bool Encoded, string Value);

    public static IReadOnlyDictionary<string, string> Parse(string text, IMimeWarningSink? warnings)
    {
        var raw = Tokenize(text);
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (raw.Count == 0) return result;
        if (raw.TrueForAll(p => p.Section < 0 && !p.Encoded))
        {
            // The usual "; charset=utf-8": no RFC 2231 sections to assemble, the first value of a name wins.
            foreach (var parameter in raw)
                if (!result.ContainsKey(parameter.Name)) result[parameter.Name] = Plain(parameter.Value, warnings);
            return result;
        }
        foreach (var group in raw.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            var extended = group.Where(p => p.Section >= 0 || p.Encoded).OrderBy(p => p.Section).ToList();
            if (extended.Count > 0) result[group.Key] = Assemble(extended, warnings);
            else result[group.Key] = Plain(group.First().Value, warnings);
        }
        return result;
    }

    private static string Plain(string value, IMimeWarningSink? warnings) =>
        value.Contains("=?", StringComparison.Ordinal) ? EncodedWordDecoder.Decode(value, warnings) : value;

    private static List<RawParameter> Tokenize(string text)
    {
        var parameters = new List<RawParameter>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] == ';' || char.IsWhiteSpace(text[i]))) i++;
            var nameStart = i;
            while (i < text.Length && text[i] is not ('=' or ';')) i++;
            if (i >= text.Length || text[i] == ';') continue;
            var name = text[nameStart..i].Trim();
            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var value = i < text.Length && text[i] == '"' ? ReadQuoted(text, ref i) : ReadToken(text, ref i);
            if (name.Length > 0) parameters.Add(Describe(name, value));
        }
        return parameters;
    }

    private static RawParameter Describe(string name, string value)
    {
        var encoded = name.EndsWith('*');
        if (encoded) name = name[..^1];
        var star = name.LastIndexOf('*');
        if (star > 0 && int.TryParse(name.AsSpan(star + 1), out var section))
            return new RawParameter(name[..star], section, encoded, value);
        return new RawParameter(name, encoded ? 0 : -1, encoded, value);
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
        // Anything up to the next ';' after the closing quote is junk from a broken generator.
        while (i < text.Length && text[i] != ';') i++;
        return value.ToString();
    }

    private static string ReadToken(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] != ';') i++;
        return text[start..i].Trim();
    }

    private static string Assemble(List<RawParameter> sections, IMimeWarningSink? warnings)
    {
        string? charset = null;
        var bytes = new List<byte>();
        for (var index = 0; index < sections.Count; index++)
        {
            var section = sections[index];
            var value = section.Value;
            if (section.Encoded && index == 0)
            {
                var firstQuote = value.IndexOf('\'');
                var secondQuote = firstQuote < 0 ? -1 : value.IndexOf('\'', firstQuote + 1);
                if (secondQuote > 0)
                {
                    charset = value[..firstQuote];
                    value = value[(secondQuote + 1)..];
                }
            }
            if (section.Encoded) PercentDecode(value, bytes);
            else bytes.AddRange(Encoding.UTF8.GetBytes(value));
        }
        return Charsets.Decode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes), charset, warnings);
    }

    private static void PercentDecode(string value, List<byte> bytes)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length)
            {
                var high = EncodedWordDecoder.HexValue(value[i + 1]);
                var low = EncodedWordDecoder.HexValue(value[i + 2]);
                if (high >= 0 && low >= 0)
                {
                    bytes.Add((byte)((high << 4) | low));
                    i += 2;
                    continue;
                }
            }
            if (c < 128) bytes.Add((byte)c);
            else bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
        }
    }
}
