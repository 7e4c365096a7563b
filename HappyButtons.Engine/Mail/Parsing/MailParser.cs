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
    static MailParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

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
        var mail = reading.Read(message);
        return mail with
        {
            Headers = message.Headers.Select(h => new MailHeader(h.Field, SafeValue(h))).ToList(),
            From = message.From.Mailboxes.Select(Address).FirstOrDefault(),
            To = message.To.Mailboxes.Select(Address).ToList(),
            Cc = message.Cc.Mailboxes.Select(Address).ToList(),
            ReplyTo = message.ReplyTo.Mailboxes.Select(Address).ToList(),
            Subject = message.Headers.Contains(HeaderId.Subject) ? message.Subject : null,
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

    private static string SafeValue(Header header)
    {
        try
        {
            return header.Value ?? string.Empty;
        }
        catch (Exception ex) when (ex is ArgumentException or DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(header.RawValue).Trim();
        }
    }

    private static EmailAddress Address(MailboxAddress mailbox) =>
        new(string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name.Trim(), mailbox.Address);

    private static DateTimeOffset? Date(MimeMessage message) =>
        message.Headers[HeaderId.Date] is { } text && DateUtils.TryParse(text, out var date) ? date : null;

    /// <summary>Whether an entity is an S/MIME signature (multipart/signed with a PKCS#7 protocol).</summary>
    internal static bool IsSmime(MultipartSigned signed) =>
        signed.ContentType.Parameters["protocol"] is { } protocol
        && (protocol.Equals("application/pkcs7-signature", StringComparison.OrdinalIgnoreCase)
            || protocol.Equals("application/x-pkcs7-signature", StringComparison.OrdinalIgnoreCase));

    internal static bool IsSignedData(ApplicationPkcs7Mime pkcs7) =>
        pkcs7.SecureMimeType is SecureMimeType.SignedData or SecureMimeType.CompressedData;
}
