namespace HappyButtons.Engine.Mail.Mime;

/// <summary>Extracts msg-ids (without angle brackets) from Message-ID, In-Reply-To and References.</summary>
public static class MessageIdParser
{
    public static IReadOnlyList<string> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var ids = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0) break;
            var close = text.IndexOf('>', open + 1);
            if (close < 0) break;
            var id = text[(open + 1)..close].Trim();
            if (id.Length > 0 && !ContainsWhiteSpace(id)) ids.Add(id);
            i = close + 1;
        }
        // Some generators omit the brackets; whitespace-separated tokens with '@' are the best reading then.
        if (ids.Count == 0)
            ids.AddRange(text.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Where(t => t.Contains('@')).Select(t => t.Trim('<', '>')));
        return ids;
    }

    private static bool ContainsWhiteSpace(string id)
    {
        foreach (var c in id)
            if (char.IsWhiteSpace(c)) return true;
        return false;
    }

    public static string? ParseSingle(string? text) => ParseList(text) is [var first, ..] ? first : null;
}
