using System.Globalization;

namespace HappyButtons.Engine.Mail.Smtp;

/// <summary>The ESMTP extensions from the EHLO reply.</summary>
public sealed class SmtpCapabilities
{
    private readonly Dictionary<string, string> _keywords = new(StringComparer.OrdinalIgnoreCase);

    public static SmtpCapabilities None { get; } = new();

    public static SmtpCapabilities Parse(SmtpReply ehlo)
    {
        var capabilities = new SmtpCapabilities();
        foreach (var line in ehlo.Lines.Skip(1))
        {
            var parts = line.Split(' ', 2);
            capabilities._keywords[parts[0]] = parts.Length > 1 ? parts[1] : "";
        }

        return capabilities;
    }

    public bool Has(string keyword) => _keywords.ContainsKey(keyword);

    /// <summary>The server's SIZE limit in bytes; 0 when it declares none.</summary>
    public long MaxSize =>
        _keywords.TryGetValue("SIZE", out var size) && long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public bool HasAuth(string mechanism) =>
        _keywords.TryGetValue("AUTH", out var mechanisms)
        && mechanisms.Split(' ').Contains(mechanism, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Keywords => _keywords.Keys;
}
