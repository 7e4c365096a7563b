using System.Text;

namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Modified UTF-7 for mailbox names (RFC 3501 5.1.3): printable ASCII as is, '&amp;' as "&amp;-", the rest base64 of UTF-16.</summary>
internal static class ImapFolderName
{
    public static string Encode(string name)
    {
        var result = new StringBuilder(name.Length);
        var pending = new StringBuilder();
        foreach (var c in name)
        {
            if (c is >= ' ' and <= '~')
            {
                FlushPending(result, pending);
                result.Append(c == '&' ? "&-" : c.ToString());
            }
            else
            {
                pending.Append(c);
            }
        }

        FlushPending(result, pending);
        return result.ToString();
    }

    /// <summary>Decodes a modified UTF-7 name; malformed shifts are kept as they are rather than failing.</summary>
    public static string Decode(string encoded)
    {
        var result = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var end = encoded[i] == '&' ? encoded.IndexOf('-', i + 1) : -1;
            if (end < 0)
            {
                result.Append(encoded[i]);
                continue;
            }

            var base64 = encoded[(i + 1)..end].Replace(',', '/');
            if (base64.Length == 0)
            {
                result.Append('&');
            }
            else
            {
                try
                {
                    base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
                    result.Append(Encoding.BigEndianUnicode.GetString(Convert.FromBase64String(base64)));
                }
                catch (FormatException)
                {
                    result.Append(encoded, i, end - i + 1);
                }
            }

            i = end;
        }

        return result.ToString();
    }

    private static void FlushPending(StringBuilder result, StringBuilder pending)
    {
        if (pending.Length == 0)
        {
            return;
        }

        var base64 = Convert.ToBase64String(Encoding.BigEndianUnicode.GetBytes(pending.ToString()));
        result.Append('&').Append(base64.TrimEnd('=').Replace('/', ',')).Append('-');
        pending.Clear();
    }
}
