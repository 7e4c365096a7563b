using System.Security.Cryptography;
using HappyButtons.Engine.Mail.Parsing;
using MimeKit;
using MimeKit.Utils;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>
/// Turns an <see cref="OutgoingMessage"/> into MIME with MimeKit's <see cref="BodyBuilder"/>: multipart/alternative for
/// text + HTML, multipart/related for inline images, multipart/mixed for attachments. Replies carry In-Reply-To and
/// References so the customer's client and our own conversation threading keep them together. Bcc is never written.
/// </summary>
public static class MailComposer
{
    /// <summary>The message as RFC 5322 bytes (CRLF line endings), ready for SMTP, the pickup folder or the raw store.</summary>
    public static byte[] ToBytes(OutgoingMessage message, TimeProvider? clock = null)
    {
        using var mime = Compose(message, clock);
        using var buffer = new MemoryStream();
        mime.WriteTo(Format, buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Header lines are folded only past 998 octets: MimeKit folds a long word (a URL in a subject) at 78 by cutting it,
    /// and the reader then sees a space in it.
    /// </summary>
    private static readonly FormatOptions Format = CreateFormat();

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.MaxLineLength = 998;
        return format;
    }

    /// <summary>The message as a MimeKit <see cref="MimeMessage"/>; the caller disposes it.</summary>
    public static MimeMessage Compose(OutgoingMessage message, TimeProvider? clock = null)
    {
        var mime = new MimeMessage
        {
            Date = message.Date ?? (clock ?? TimeProvider.System).GetLocalNow(),
            Subject = OneLine(message.Subject),
            MessageId = message.MessageId?.Trim('<', '>') ?? NewMessageId(message.From.Domain),
        };
        mime.From.Add(Mailbox(message.From));
        mime.ReplyTo.AddRange(message.ReplyTo.Select(Mailbox));
        mime.To.AddRange(message.To.Select(Mailbox));
        mime.Cc.AddRange(message.Cc.Select(Mailbox));
        if (!string.IsNullOrWhiteSpace(message.InReplyTo))
        {
            mime.InReplyTo = message.InReplyTo.Trim().Trim('<', '>');
        }

        foreach (var reference in message.References.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            mime.References.Add(reference.Trim().Trim('<', '>'));
        }

        foreach (var (name, value) in message.ExtraHeaders)
        {
            var field = new string(name.Where(c => c is > ' ' and < '\x7f' and not ':').ToArray());
            if (field.Length > 0)
            {
                mime.Headers.Add(field, OneLine(value));
            }
        }

        mime.Body = Body(message);
        return mime;
    }

    /// <summary>
    /// A reply to a received mail: to its Reply-To (else its sender), "Re:" once, threaded by In-Reply-To and References
    /// (the original's references followed by its own Message-ID, RFC 5322 §3.6.4).
    /// </summary>
    public static OutgoingMessage Reply(ParsedMail original, EmailAddress from, string text, string? html = null) => new()
    {
        From = from,
        To = original.ReplyTo.Count > 0 ? original.ReplyTo : original.From is { } sender ? [sender] : [],
        Subject = IsReplySubject(original.Subject) ? original.Subject! : $"Re: {original.Subject}".TrimEnd(),
        TextBody = text,
        HtmlBody = html,
        InReplyTo = original.MessageId,
        References = original.MessageId is { } id ? [.. original.References, id] : original.References,
    };

    /// <summary>A globally unique Message-ID (without brackets) in the sender's domain.</summary>
    public static string NewMessageId(string? domain) =>
        $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@{(string.IsNullOrWhiteSpace(domain) ? "happybuttons.local" : domain)}";

    private static MimeEntity Body(OutgoingMessage message)
    {
        var builder = new BodyBuilder
        {
            TextBody = message.TextBody is null ? null : CrLf(message.TextBody),
            HtmlBody = message.HtmlBody is null ? null : CrLf(message.HtmlBody),
        };
        if (builder.TextBody is null && builder.HtmlBody is null)
        {
            builder.TextBody = string.Empty;
        }

        foreach (var attachment in message.Attachments)
        {
            // BodyBuilder places linked resources only next to an HTML body; without one an inline part is attached instead.
            var inline = attachment.IsInline && message.HtmlBody is not null;
            var part = File(attachment, inline);
            if (inline)
            {
                builder.LinkedResources.Add(part);
            }
            else
            {
                builder.Attachments.Add(part);
            }
        }

        var body = builder.ToMessageBody();
        foreach (var text in body.TextParts())
        {
            // UTF-8 everywhere; quoted-printable keeps German text readable on the wire, base64 only where it is shorter.
            text.ContentType.Charset = "utf-8";
            text.ContentTransferEncoding = text.GetBestEncoding(EncodingConstraint.SevenBit, 78);
        }

        return body;
    }

    /// <summary>
    /// A file part, byte for byte (base64 even for text/*, where quoted-printable would normalise line breaks). Built here
    /// rather than by BodyBuilder's Add(name, …), which throws for a name that reads as an absolute URI ("Angebot:2024.pdf").
    /// </summary>
    private static MimePart File(OutgoingAttachment attachment, bool inline)
    {
        var type = ContentType.TryParse(attachment.ContentType, out var parsed) ? parsed : new ContentType("application", "octet-stream");
        var name = OneLine(attachment.FileName);
        type.Name = name;
        return new MimePart(type)
        {
            Content = new MimeContent(new MemoryStream(attachment.Content, writable: false)),
            ContentDisposition = new ContentDisposition(inline ? ContentDisposition.Inline : ContentDisposition.Attachment) { FileName = name },
            ContentTransferEncoding = ContentEncoding.Base64,
            ContentId = attachment.ContentId?.Trim('<', '>'),
        };
    }

    private static IEnumerable<TextPart> TextParts(this MimeEntity entity) => entity switch
    {
        TextPart text => [text],
        Multipart multipart => multipart.SelectMany(TextParts),
        _ => [],
    };

    private static MailboxAddress Mailbox(EmailAddress address) =>
        new(string.IsNullOrWhiteSpace(address.DisplayName) ? null : OneLine(address.DisplayName), address.Address.Trim());

    /// <summary>Line breaks in a header value become spaces: a value can never start a header of its own.</summary>
    private static string OneLine(string value) => value.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');

    private static string CrLf(string text) => Text.LineBreaks.Normalize(text).Replace("\n", "\r\n", StringComparison.Ordinal);

    private static bool IsReplySubject(string? subject) =>
        subject is not null && (subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) || subject.StartsWith("AW:", StringComparison.OrdinalIgnoreCase));
}
