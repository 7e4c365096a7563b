using System.Globalization;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Small grammar pieces shared by the response parsers (lists, numbers, dates, skipping).</summary>
internal static class ImapSyntax
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static ImapStatus ParseStatus(string upper) => upper switch
    {
        "OK" => ImapStatus.Ok,
        "NO" => ImapStatus.No,
        "BAD" => ImapStatus.Bad,
        "BYE" => ImapStatus.Bye,
        "PREAUTH" => ImapStatus.PreAuth,
        _ => throw new ImapProtocolException($"Unknown response status '{upper}'."),
    };

    /// <summary>Consumes the rest of the response, skipping (not buffering) any literals in it.</summary>
    public static async ValueTask SkipToEndOfLineAsync(ImapReader reader, CancellationToken ct)
    {
        while (true)
        {
            var token = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
            if (token.Kind == ImapTokenKind.Eol)
            {
                return;
            }

            if (token.Kind == ImapTokenKind.Literal)
            {
                await reader.SkipLiteralAsync(ct).ConfigureAwait(false);
            }
        }
    }

    public static async ValueTask<List<string>> ReadAtomsToEndOfLineAsync(ImapReader reader, CancellationToken ct)
    {
        var atoms = new List<string>();
        while (true)
        {
            var token = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
            switch (token.Kind)
            {
                case ImapTokenKind.Eol:
                    return atoms;
                case ImapTokenKind.Atom:
                    atoms.Add(token.Text);
                    break;
                case ImapTokenKind.Literal:
                    await reader.SkipLiteralAsync(ct).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>Skips one value after its first token: an atom, string, literal or (nested) list.</summary>
    public static async ValueTask SkipValueAsync(ImapToken first, ImapReader reader, CancellationToken ct)
    {
        var depth = 0;
        var token = first;
        while (true)
        {
            switch (token.Kind)
            {
                case ImapTokenKind.Literal:
                    await reader.SkipLiteralAsync(ct).ConfigureAwait(false);
                    break;
                case ImapTokenKind.OpenParen or ImapTokenKind.OpenBracket:
                    depth++;
                    break;
                case ImapTokenKind.CloseParen or ImapTokenKind.CloseBracket:
                    depth--;
                    break;
                case ImapTokenKind.Eol:
                    throw new ImapProtocolException("Response ended inside a value.");
            }

            if (depth <= 0)
            {
                return;
            }

            token = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
        }
    }

    public static async ValueTask<uint> ReadNumberAsync(ImapReader reader, CancellationToken ct)
    {
        var token = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
        return token.Kind == ImapTokenKind.Atom && uint.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ImapProtocolException($"Expected a number, got {token}.");
    }

    public static async ValueTask<long> ReadSizeAsync(ImapReader reader, CancellationToken ct)
    {
        var token = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
        return token.Kind == ImapTokenKind.Atom && long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ImapProtocolException($"Expected a size, got {token}.");
    }

    /// <summary>Reads a parenthesised list of flags such as <c>(\Seen $Forwarded)</c>.</summary>
    public static async ValueTask<List<string>> ReadFlagListAsync(ImapReader reader, CancellationToken ct)
    {
        var open = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
        if (open.Kind != ImapTokenKind.OpenParen)
        {
            throw new ImapProtocolException($"Expected a flag list, got {open}.");
        }

        var flags = new List<string>();
        while (true)
        {
            var token = await reader.ReadTokenAsync(ct).ConfigureAwait(false);
            switch (token.Kind)
            {
                case ImapTokenKind.CloseParen:
                    return flags;
                case ImapTokenKind.Atom:
                    flags.Add(token.Text);
                    break;
                default:
                    throw new ImapProtocolException($"Unexpected {token} in a flag list.");
            }
        }
    }

    /// <summary>Parses an IMAP date-time: <c>"17-Jul-1996 02:44:25 -0700"</c> (day may be space-padded).</summary>
    public static DateTimeOffset? ParseDateTime(string text)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            return null;
        }

        var date = parts[0].Split('-');
        var time = parts[1].Split(':');
        var zone = parts[2];
        var month = Array.FindIndex(Months, m => string.Equals(m, date.ElementAtOrDefault(1), StringComparison.OrdinalIgnoreCase)) + 1;
        if (date.Length != 3 || time.Length != 3 || month == 0 || zone.Length != 5
            || !int.TryParse(date[0], CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(date[2], CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture, out var zoneHours)
            || !int.TryParse(zone.AsSpan(3, 2), CultureInfo.InvariantCulture, out var zoneMinutes))
        {
            return null;
        }

        var offset = new TimeSpan(zoneHours, zoneMinutes, 0) * (zone[0] == '-' ? -1 : 1);
        return new DateTimeOffset(year, month, day,
            int.Parse(time[0], CultureInfo.InvariantCulture), int.Parse(time[1], CultureInfo.InvariantCulture),
            int.Parse(time[2], CultureInfo.InvariantCulture), offset);
    }

    public static string FormatDateTime(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"{value.Day:00}-{Months[value.Month - 1]}-{value.Year:0000} {value:HH:mm:ss} {sign}{offset.Hours:00}{offset.Minutes:00}");
    }
}
