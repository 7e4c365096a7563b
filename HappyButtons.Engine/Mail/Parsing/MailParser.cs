using System.Text;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Utils;

namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// Reads a raw mail with MimeKit and returns the product's <see cref="ParsedMail"/>; the MimeKit tree lives only
/// inside this call and is disposed before it returns. Never throws on malformed input: what could not be read as
/// sent becomes a warning (and <see cref="ParsedMail.ReviewReason"/>), never a silent loss. Thread-safe.
/// </summary>
public sealed class MailParser
{
    private readonly SmimeVerifier _verifier;
    private readonly ParserOptions _options;

    public MailParser(SmimeVerifier verifier, MailParseLimits? limits = null)
    {
        _verifier = verifier;
        Limits = limits ?? MailParseLimits.Default;
        _options = ParserOptions.Default.Clone();
        _options.MaxMimeDepth = Limits.MaxDepth;
        _options.AddressParserComplianceMode = RfcComplianceMode.Loose;
        _options.ParameterComplianceMode = RfcComplianceMode.Loose;
        _options.Rfc2047ComplianceMode = RfcComplianceMode.Loose;
        _options.AllowAddressesWithoutDomain = true;
        // Raw 8-bit header text that is not UTF-8 is read as windows-1252, the usual case in German mail.
        _options.CharsetEncoding = Encoding.GetEncoding(1252);
    }

    /// <summary>A parser that trusts the system's CA bundle for S/MIME and uses the default limits.</summary>
    public static MailParser Default { get; } = new(SmimeVerifier.Default);

    public MailParseLimits Limits { get; }

    public ParsedMail Parse(byte[] raw)
    {
        if (raw.Length == 0)
        {
            return ParsedMail.Empty;
        }

        var prepared = RawHeaderBlock.Prepare(raw, Limits);
        var reading = new MailReading(Limits, _verifier);
        reading.Warnings.AddRange(prepared.Warnings);
        reading.LimitExceeded = prepared.LimitExceeded;
        if (prepared.BodyRecovered)
        {
            reading.Incomplete("The header block was not ended by a blank line; check that the text reads as sent.");
        }

        using var message = Load(prepared.Mail, reading);
        var headers = message.Headers.Select(h => new MailHeader(h.Field, Decode(h, reading))).ToList();
        var mail = reading.Read(message);
        return mail with
        {
            Headers = headers,
            From = message.From.Mailboxes.Select(Address).FirstOrDefault(),
            To = message.To.Mailboxes.Select(Address).ToList(),
            Cc = message.Cc.Mailboxes.Select(Address).ToList(),
            ReplyTo = message.ReplyTo.Mailboxes.Select(Address).ToList(),
            Subject = headers.FirstOrDefault(h => h.Name.Equals("Subject", StringComparison.OrdinalIgnoreCase))?.Value,
            Date = Date(message),
            MessageId = message.MessageId,
            InReplyTo = message.InReplyTo,
            References = [.. message.References],
        };
    }

    /// <summary>MimeKit refuses only a top-level header block it cannot read at all; then the whole mail is read as text.</summary>
    private MimeMessage Load(ReadOnlyMemory<byte> mail, MailReading reading)
    {
        try
        {
            return MimeMessage.Load(_options, Stream(mail), persistent: true);
        }
        catch (FormatException)
        {
            reading.Incomplete("The header block could not be read; the whole message was read as its body.");
            var padded = new byte[mail.Length + 2];
            "\r\n"u8.CopyTo(padded);
            mail.Span.CopyTo(padded.AsSpan(2));
            return MimeMessage.Load(_options, Stream(padded), persistent: true);
        }
    }

    private static MemoryStream Stream(ReadOnlyMemory<byte> mail) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(mail, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false, publiclyVisible: true)
            : new MemoryStream(mail.ToArray(), 0, mail.Length, writable: false, publiclyVisible: true);

    /// <summary>
    /// Above this many "=?" in one field its encoded words are not decoded: MimeKit's RFC 2047 decoder takes time
    /// quadratic in their number (30,000 unterminated words cost 4 s), and no real header carries that many.
    /// </summary>
    private const int MaxEncodedWordsPerField = 256;

    private static string Decode(Header header, MailReading reading)
    {
        if (header.RawValue.AsSpan().Count("=?"u8) > MaxEncodedWordsPerField)
        {
            reading.Warnings.Add($"The {header.Field} field holds more than {MaxEncodedWordsPerField} encoded words; it is shown as sent, not decoded.");
            return Unfold(Encoding.UTF8.GetString(header.RawValue));
        }

        try
        {
            return header.Value ?? string.Empty;
        }
        catch (Exception ex) when (ex is ArgumentException or DecoderFallbackException)
        {
            return Unfold(Encoding.Latin1.GetString(header.RawValue));
        }
    }

    private static string Unfold(string value) => value.Replace("\r\n", "").Replace("\n", "").Trim();

    private static EmailAddress Address(MailboxAddress mailbox) =>
        new(string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name.Trim(), mailbox.Address);

    private static DateTimeOffset? Date(MimeMessage message) =>
        message.Headers[HeaderId.Date] is { } text && DateUtils.TryParse(WithNumericZone(text), out var date) ? date : null;

    /// <summary>European zone names MimeKit does not know ("18 Mar 24 06:00 MEZ" from SAP) become numeric offsets.</summary>
    private static string WithNumericZone(string date)
    {
        var trimmed = date.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        return space > 0 && EuropeanZones.TryGetValue(trimmed[(space + 1)..], out var offset) ? $"{trimmed[..space]} {offset}" : date;
    }

    private static readonly Dictionary<string, string> EuropeanZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WET"] = "+0000", ["WEST"] = "+0100", ["BST"] = "+0100", ["CET"] = "+0100", ["MET"] = "+0100", ["MEZ"] = "+0100",
        ["CEST"] = "+0200", ["MEST"] = "+0200", ["MESZ"] = "+0200", ["EET"] = "+0200", ["EEST"] = "+0300", ["MSK"] = "+0300",
    };

    /// <summary>Whether an entity is an S/MIME signature (multipart/signed with a PKCS#7 protocol).</summary>
    internal static bool IsSmime(MultipartSigned signed) =>
        signed.ContentType.Parameters["protocol"] is { } protocol
        && (protocol.Equals("application/pkcs7-signature", StringComparison.OrdinalIgnoreCase)
            || protocol.Equals("application/x-pkcs7-signature", StringComparison.OrdinalIgnoreCase));

    internal static bool IsSignedData(ApplicationPkcs7Mime pkcs7) =>
        pkcs7.SecureMimeType is SecureMimeType.SignedData or SecureMimeType.CompressedData;
}
