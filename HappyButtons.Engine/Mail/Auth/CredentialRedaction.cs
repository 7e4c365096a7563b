using System.Text;
using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Mail.Auth;

/// <summary>
/// Takes credentials out of text a mail server or MailKit produced before a person sees it or it is stored: a server may
/// echo the client's command in its error (<c>NO … AUTHENTICATE PLAIN AGluZm8A…</c>), and the base64 of a SASL exchange
/// is the password in all but name. Hidden are: the known secrets and their base64 forms (alone, and as SASL PLAIN
/// <c>\0user\0password</c>), whatever follows an <c>AUTH</c>/<c>AUTHENTICATE</c> mechanism, and any base64 run that decodes to
/// a SASL payload (NUL or SOH separators, <c>auth=Bearer</c>).
/// </summary>
public static partial class CredentialRedaction
{
    public const string Hidden = "[hidden]";

    public static string Redact(string? text, MailCredentials? credentials = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var secrets = new[] { credentials?.Password, credentials?.OAuth?.ClientSecret, credentials?.OAuth?.RefreshToken }
            .Where(s => !string.IsNullOrEmpty(s)).Cast<string>().ToList();
        foreach (var form in secrets.SelectMany(secret => Forms(credentials!.User, secret)).Distinct().OrderByDescending(f => f.Length))
        {
            text = text.Replace(form, Hidden, StringComparison.Ordinal);
        }

        text = SaslCommand().Replace(text, m => m.Groups["command"].Value + Hidden);
        return Base64Run().Replace(text, m => IsSaslPayload(m.Value) ? Hidden : m.Value);
    }

    /// <summary>How a secret can appear on the wire: as itself (too short to replace safely when under four characters) and base64-encoded.</summary>
    private static IEnumerable<string> Forms(string user, string secret)
    {
        if (secret.Length >= 4)
        {
            yield return secret;
        }

        foreach (var plain in new[] { secret, $"\0{user}\0{secret}", $"{user}\0{user}\0{secret}" })
        {
            var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(plain));
            yield return encoded;
            yield return encoded.TrimEnd('=');
        }
    }

    /// <summary>
    /// A SASL payload decodes to readable UTF-8 fields split by NUL (PLAIN) or SOH (XOAUTH2) — unlike an ordinary word that
    /// happens to be valid base64, which decodes to noise.
    /// </summary>
    private static bool IsSaslPayload(string run)
    {
        var unpadded = run.TrimEnd('=');
        if (unpadded.Length < 12 || unpadded.All(Uri.IsHexDigit))
        {
            return false; // too short to carry a credential; certificate thumbprints and other hex are no payloads
        }

        var padded = unpadded.PadRight(unpadded.Length + (4 - unpadded.Length % 4) % 4, '=');
        var bytes = new byte[padded.Length * 3 / 4];
        if (!Convert.TryFromBase64String(padded, bytes, out var written))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Strict.GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var separated = decoded.Contains('\0') || decoded.Contains('\u0001');
        var readable = decoded.All(c => c is '\0' or '\u0001' || !char.IsControl(c));
        return readable && (separated || decoded.Contains("auth=", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [GeneratedRegex(@"(?<command>\bAUTH(?:ENTICATE)?\s+[A-Za-z0-9_-]+\s+)[^\s""']+", RegexOptions.IgnoreCase)]
    private static partial Regex SaslCommand();

    [GeneratedRegex(@"[A-Za-z0-9+/]{8,}={0,2}")]
    private static partial Regex Base64Run();
}
