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
