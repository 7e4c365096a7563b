using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>Header parameter tokens: RFC 2231 (filename*0*=utf-8''...) and the RFC 2047 form old Outlook versions read.</summary>
internal static class ParameterEncoder
{
    private const int MaxSection = 56;

    public static List<string> Rfc2231(string name, string value)
    {
        value = HeaderEncoder.Sanitize(value);
        if (IsPlainQuotable(value) && value.Length <= MaxSection) return [$" {name}=\"{Quote(value)}\""];
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'.' or (byte)'-' or (byte)'_') encoded.Append((char)b);
            else encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        var sections = Split(encoded.ToString());
        if (sections.Count == 1) return [$" {name}*=utf-8''{sections[0]}"];
        var tokens = new List<string>();
        for (var i = 0; i < sections.Count; i++)
        {
            var prefix = i == 0 ? "utf-8''" : string.Empty;
            tokens.Add($" {name}*{i}*={prefix}{sections[i]}{(i < sections.Count - 1 ? ";" : string.Empty)}");
        }
        return tokens;
    }

    public static List<string> Rfc2047Name(string name, string value)
    {
        value = HeaderEncoder.Sanitize(value);
        if (IsPlainQuotable(value)) return [$" {name}=\"{Quote(value)}\""];
        var words = HeaderEncoder.EncodedWords(value);
        words[0] = $" {name}=\"{words[0].TrimStart()}";
        words[^1] += "\"";
        return words;
    }

    private static bool IsPlainQuotable(string value) => value.All(c => c is >= ' ' and <= '~') && !value.Contains("=?", StringComparison.Ordinal);

    private static string Quote(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>Splits percent-encoded text into sections without cutting through a %XX escape.</summary>
    private static List<string> Split(string encoded)
    {
        var sections = new List<string>();
        var start = 0;
        while (start < encoded.Length)
        {
            var length = Math.Min(MaxSection, encoded.Length - start);
            if (start + length < encoded.Length)
            {
                var percent = encoded.LastIndexOf('%', start + length - 1, Math.Min(3, length));
                if (percent >= 0 && percent + 3 > start + length) length = percent - start;
            }
            sections.Add(encoded.Substring(start, length));
            start += length;
        }
        return sections;
    }
}
