using System.Text;
using HappyButtons.Engine.Mail.Text;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Tnef;

namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// One walk over a MimeKit tree: picks the text and HTML bodies (text/plain preferred, the root of multipart/related,
/// never inside an attached message), collects every other leaf as an attachment, verifies an S/MIME signature,
/// unwraps opaque signed mail, expands TNEF (winmail.dat) into its files and body, and notes every limit reached and
/// everything that could not be read as sent.
/// </summary>
internal sealed class MailReading(MailParseLimits limits, SmimeVerifier verifier)
{
    public const string LimitReason = "The message exceeds a parser limit; it is kept raw and shown as far as it could be read.";

    private const int MaxWarnings = 200;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private readonly List<IDisposable> _owned = [];
    private readonly List<ParsedAttachment> _attachments = [];
    private MailSignature _signature = MailSignature.None;
    private string? _reviewReason;
    private int _parts;
    private string? _tnefText, _tnefHtml, _tnefRtf;

    public List<string> Warnings { get; } = [];

    public bool LimitExceeded { get; set; }

    /// <summary>Something was not read as sent: a warning, and a person should look at the mail.</summary>
    public void Incomplete(string reason)
    {
        Warn(reason);
        _reviewReason ??= reason;
    }

    public ParsedMail Read(MimeMessage message)
    {
        try
        {
            var root = Unwrap(message.Body);
            var text = FindBody(root, "plain");
            var html = FindBody(root, "html");
            if (root is not null)
            {
                Collect(root, text, html);
            }

            var textBody = text is null ? null : ReadText(text);
            var htmlBody = html is null ? null : ReadText(html);
            if (text is null && html is null && root is Multipart { Count: 0, Preamble: { Length: > 0 } preamble })
            {
                Warn("The multipart body has no parts (its boundary never occurs); it was read as text.");
                textBody = LineBreaks.Normalize(preamble);
            }

            if (string.IsNullOrWhiteSpace(textBody) && string.IsNullOrWhiteSpace(htmlBody))
            {
                textBody = _tnefText ?? (_tnefRtf is null ? textBody : RtfText.Convert(_tnefRtf));
                htmlBody = _tnefHtml ?? htmlBody;
            }

            return new ParsedMail
            {
                TextBody = textBody,
                HtmlBody = htmlBody,
                BodyText = BodyTextOf(textBody, htmlBody),
                Attachments = _attachments,
                Signature = _signature,
                Warnings = Warnings.Distinct().Take(MaxWarnings).ToList(),
                LimitExceeded = LimitExceeded,
                ReviewReason = LimitExceeded ? LimitReason : _reviewReason,
            };
        }
        finally
        {
            foreach (var owned in _owned)
            {
                owned.Dispose();
            }
        }
    }

    /// <summary>Opaque signed (or compressed) S/MIME at the top: the signed content is the mail.</summary>
    private MimeEntity? Unwrap(MimeEntity? root)
    {
        if (root is not ApplicationPkcs7Mime pkcs7 || !MailParser.IsSignedData(pkcs7))
        {
            return root;
        }

        var (signature, content) = verifier.Unwrap(pkcs7);
        _signature = signature;
        if (content is null)
        {
            Incomplete($"The S/MIME signed content (smime.p7m) cannot be read: {signature.Detail}");
            return root;
        }

        _owned.Add(content);
        return content;
    }

    private static MimeEntity? FindBody(MimeEntity? entity, string subtype) => entity switch
    {
        null => null,
        { IsAttachment: true } => null,
        TextPart text => text.ContentType.MediaSubtype.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? text : null,
        MultipartSigned signed when MailParser.IsSmime(signed) => signed.Count > 0 ? FindBody(signed[0], subtype) : null,
        MultipartRelated related => FindBody(related.Root, subtype),
        Multipart multipart => multipart.Select(child => FindBody(child, subtype)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    private void Collect(MimeEntity entity, MimeEntity? text, MimeEntity? html)
    {
        if (++_parts > limits.MaxParts)
        {
            if (!LimitExceeded || _parts == limits.MaxParts + 1)
            {
                Warn($"The message has more than {limits.MaxParts} parts; the rest were not read.");
            }

            LimitExceeded = true;
            return;
        }

        CheckHeaderBlock(entity);
        switch (entity)
        {
            case MultipartSigned signed when MailParser.IsSmime(signed):
                if (_signature.State == SignatureState.None)
                {
                    _signature = verifier.Verify(signed);
                }

                // The second part is the signature itself: it is shown as the signature state, not as a file.
                if (signed.Count > 0) Collect(signed[0], text, html);
                return;
            case Multipart multipart:
                foreach (var child in multipart) Collect(child, text, html);
                return;
            case var report when IsReport(report):
                return;
            case ApplicationPkcs7Mime { SecureMimeType: SecureMimeType.EnvelopedData or SecureMimeType.AuthEnvelopedData } encrypted:
                Incomplete("The message (or a part of it) is encrypted with S/MIME; it cannot be read without the recipient's private key.");
                Add(encrypted);
                return;
            case TnefPart tnef:
                Expand(tnef);
                return;
            case MessagePart attached:
                AddMessage(attached);
                return;
            case MimePart encoded when encoded.ContentType.IsMimeType("message", "rfc822") && IsTransferEncoded(encoded):
                AddEncodedMessage(encoded);
                return;
            case MimePart part when part == text || part == html || IsBodyLikeText(part):
                return;
            case MimePart part:
                if (IsCutByDepth(part))
                {
                    LimitExceeded = true;
                    Warn($"The message is nested deeper than {limits.MaxDepth} levels; the deeper parts were not read.");
                }

                Add(part);
                return;
        }
    }

    /// <summary>Outlook's winmail.dat: its files become attachments and its body stands in when the mail has no other.</summary>
    private void Expand(TnefPart tnef)
    {
        MimeMessage converted;
        try
        {
            converted = tnef.ConvertToMessage();
        }
        catch (Exception ex) when (ex is TnefException or FormatException or IOException or ArgumentException or InvalidOperationException)
        {
            Incomplete($"The Outlook attachment {tnef.FileName ?? "winmail.dat"} (TNEF) cannot be read ({ex.Message}); it is kept as a file.");
            Add(tnef);
            return;
        }

        using (converted)
        {
            if (!converted.BodyParts.Any())
            {
                Incomplete($"The Outlook attachment {tnef.FileName ?? "winmail.dat"} (TNEF) holds nothing readable; it is kept as a file.");
                Add(tnef);
                return;
            }

            foreach (var part in converted.BodyParts)
            {
                switch (part)
                {
                    case TextPart body when !body.IsAttachment && body.FileName is null:
                        var content = ReadText(body);
                        if (body.IsPlain) _tnefText ??= content;
                        else if (body.IsHtml) _tnefHtml ??= content;
                        else if (body.IsRichText) _tnefRtf ??= content;
                        break;
                    case MessagePart attached:
                        AddMessage(attached);
                        break;
                    case MimePart file:
                        Add(file);
                        break;
                }
            }
        }
    }

    private void Add(MimePart part)
    {
        var content = Read(part, part.FileName ?? part.ContentType.MimeType);
        _attachments.Add(new ParsedAttachment(part.FileName, part.ContentType.MimeType.ToLowerInvariant(), part.ContentId, IsInline(part), content.Bytes));
    }

    private void AddMessage(MessagePart attached)
    {
        if (attached.Message is { } inner && ContainsDepthCut(inner.Body))
        {
            LimitExceeded = true;
            Warn($"The message is nested deeper than {limits.MaxDepth} levels; the deeper parts were not read.");
        }

        using var bytes = new MemoryStream();
        attached.Message?.WriteTo(FormatOptions.Default, bytes);
        var name = attached.ContentDisposition?.FileName ?? attached.ContentType.Name;
        _attachments.Add(new ParsedAttachment(name, attached.ContentType.MimeType.ToLowerInvariant(), attached.ContentId, false, bytes.ToArray())
        {
            Text = attached.Message is { } message ? EmbeddedText(message) : null,
        });
    }

    /// <summary>An attached message sent base64 or quoted-printable encoded (MimeKit keeps it as a plain part): decoded, then read.</summary>
    private void AddEncodedMessage(MimePart part)
    {
        var content = Read(part, part.FileName ?? "an attached message");
        string? text = null;
        try
        {
            using var message = MimeMessage.Load(new MemoryStream(content.Bytes, writable: false));
            text = EmbeddedText(message);
        }
        catch (FormatException)
        {
            Warn("An attached message (message/rfc822) cannot be read as a mail; it is kept as a file.");
        }

        var name = part.FileName ?? part.ContentType.Name;
        _attachments.Add(new ParsedAttachment(name, "message/rfc822", part.ContentId, false, content.Bytes) { Text = text });
    }

    /// <summary>What an attached message says, for search and classification: its subject, sender and readable body.</summary>
    private string EmbeddedText(MimeMessage message)
    {
        var plain = FindBody(message.Body, "plain");
        var html = plain is null ? FindBody(message.Body, "html") : null;
        var body = BodyTextOf(plain is null ? null : ReadText(plain), html is null ? null : ReadText(html)).Full;
        var from = message.From.Mailboxes.FirstOrDefault();
        return $"{message.Subject}\n{from?.ToString() ?? ""}\n\n{body}".Trim();
    }

    private string ReadText(MimeEntity entity)
    {
        var part = (TextPart)entity;
        var content = Read(part, part.FileName ?? "the message text");
        var text = LineBreaks.Normalize(Decode(part, content.Bytes));
        if (part.IsFlowed)
        {
            var deleteSpace = part.ContentType.Parameters["delsp"] is { } delsp && delsp.Equals("yes", StringComparison.OrdinalIgnoreCase);
            text = FlowedText.Unwrap(text, deleteSpace);
        }

        // The line break that ends the last line belongs to the message's end (MimeKit writes one after every text part).
        return text.EndsWith('\n') ? text[..^1] : text;
    }

    private PartContent.Decoded Read(MimePart part, string what)
    {
        var content = PartContent.Read(part);
        if (content.Recovered)
        {
            Incomplete($"The base64 content of {what} ends without its padding; the library read fewer bytes than were sent, so it was decoded again in full. Check that it is complete.");
        }

        if (content.Garbage)
        {
            Warn($"The base64 content of {what} contains characters that are not base64; they were skipped.");
        }

        return content;
    }

    /// <summary>
    /// The declared charset when .NET knows it (UTF-7 too); otherwise a BOM or HTML meta charset, then UTF-8 when valid,
    /// else windows-1252. Text labelled UTF-8 that holds no UTF-8 sequence at all is windows-1252 mislabelled.
    /// </summary>
    private string Decode(TextPart part, byte[] bytes)
    {
        var encoding = part.ContentType.CharsetEncoding ?? Utf7(part.ContentType.Charset);
        if (encoding is { CodePage: 65001 } && !IsUtf8(bytes) && !HasUtf8Sequence(bytes))
        {
            Warn("Text labelled UTF-8 is not UTF-8 (it holds no UTF-8 sequence at all); it was read as windows-1252.");
            return Windows1252.GetString(bytes);
        }

        if (encoding is null && part.ContentType.Charset is { Length: > 0 } unknown)
        {
            Warn($"Unknown charset '{unknown}'; the text was read as UTF-8 or windows-1252.");
        }
        else if (encoding is null && part.TryDetectEncoding(out var detected, out _))
        {
            encoding = detected;
        }

        if (encoding is not null)
        {
            return encoding.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

#pragma warning disable SYSLIB0001 // UTF-7 is obsolete, and still sent by old mail clients.
    private static Encoding? Utf7(string? charset) =>
        charset?.Trim('"').ToLowerInvariant() is "utf-7" or "utf7" or "unicode-1-1-utf-7" ? new UTF7Encoding() : null;
#pragma warning restore SYSLIB0001

    private static bool IsUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>Whether any well-formed multi-byte UTF-8 sequence occurs (then the label is believed and broken bytes are replaced).</summary>
    private static bool HasUtf8Sequence(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var length = bytes[i] switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            if (length > 0 && i + length <= bytes.Length && System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(i, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>text/plain is preferred; otherwise the HTML body is rendered as text. Then quotes and signature are marked.</summary>
    private BodyText BodyTextOf(string? plain, string? htmlBody)
    {
        var html = string.IsNullOrWhiteSpace(plain) ? htmlBody : null;
        var (text, fromHtml) = string.IsNullOrWhiteSpace(html) ? (plain ?? string.Empty, false) : (html, true);
        var truncated = text.Length > limits.MaxBodyTextChars;
        if (truncated)
        {
            Warn($"Body text longer than {limits.MaxBodyTextChars:N0} characters; only the start was analysed.");
            text = text[..limits.MaxBodyTextChars];
        }

        if (fromHtml) text = HtmlToText.Convert(text);
        return text.Length == 0 && !fromHtml ? BodyText.Empty : ReplyStructure.Analyze(text, fromHtml) with { Truncated = truncated };
    }

    private void BaseTailRecovered(string what) =>
        Incomplete($"The base64 content of {what} ends without its padding; the library read fewer bytes than were sent, so it was decoded again in full. Check that it is complete.");

    /// <summary>Text in a part's header block that is not a header field: the part's blank line was missing and its text read as headers.</summary>
    private void CheckHeaderBlock(MimeEntity entity)
    {
        foreach (var header in entity.Headers)
        {
            if (header.Field.Length == 0 || header.Field.Any(c => c is <= ' ' or >= '\x7f'))
            {
                Incomplete("A part's header block is not ended by a blank line; its text was read as header fields and is missing from the body.");
                return;
            }
        }
    }

    private void Warn(string warning)
    {
        if (Warnings.Count < MaxWarnings) Warnings.Add(warning);
    }

    /// <summary>Unnamed text parts next to the body (Apple Mail splits text around images) belong to the body.</summary>
    private static bool IsBodyLikeText(MimePart part) =>
        part is TextPart && part.FileName is null && !part.IsAttachment
        && part.ContentType.MediaSubtype.ToLowerInvariant() is "plain" or "html" or "enriched";

    private static bool IsReport(MimeEntity entity) =>
        entity.ContentType.IsMimeType("message", "delivery-status") || entity.ContentType.IsMimeType("text", "rfc822-headers")
        || entity.ContentType.IsMimeType("message", "disposition-notification");

    /// <summary>Beyond <c>MaxMimeDepth</c> MimeKit keeps a multipart or attached message as one opaque part.</summary>
    private static bool IsCutByDepth(MimePart part) =>
        part.GetType() == typeof(MimePart)
        && (part.ContentType.MediaType.Equals("multipart", StringComparison.OrdinalIgnoreCase)
            || (part.ContentType.IsMimeType("message", "rfc822") && !IsTransferEncoded(part)));

    private static bool IsTransferEncoded(MimePart part) =>
        part.ContentTransferEncoding is ContentEncoding.Base64 or ContentEncoding.QuotedPrintable or ContentEncoding.UUEncode;

    /// <summary>Whether the depth limit cut something inside an attached message (its tree is at most MaxMimeDepth deep).</summary>
    private static bool ContainsDepthCut(MimeEntity? entity) => entity switch
    {
        Multipart multipart => multipart.Any(ContainsDepthCut),
        MessagePart { Message: { } message } => ContainsDepthCut(message.Body),
        MimePart part => IsCutByDepth(part),
        _ => false,
    };

    private static bool IsInline(MimePart part) =>
        part.ContentDisposition is { } disposition ? !disposition.IsAttachment : part.ContentId is not null;
}
