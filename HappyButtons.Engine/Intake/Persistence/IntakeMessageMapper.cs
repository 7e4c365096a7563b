using HappyButtons.Engine.Mail.Mime;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>Maps the parser's output, or a stored message, onto the intake's own <see cref="IntakeMessage"/> — once, at the edge.</summary>
public static class IntakeMessageMapper
{
    public static IntakeMessage FromParsed(ProcessedMessage processed, DateTimeOffset receivedAt) =>
        FromMime(processed.Mailbox, processed.Mime,
            processed.Attachments.Where(a => !a.IsInline).Select(a => new IntakeAttachment(a.FileName, a.ContentType, a.Size, a.Text)).ToList(),
            receivedAt);

    /// <summary>A parsed mail with the attachments (and their extracted text) the caller has.</summary>
    public static IntakeMessage FromMime(string mailbox, MimeMessage mime, IReadOnlyList<IntakeAttachment> attachments, DateTimeOffset receivedAt)
    {
        var body = mime.BodyText;
        return new IntakeMessage(
            mailbox,
            Address(mime.From) ?? new EmailAddress(null, ""),
            mime.To.Select(a => Address(a)!).ToList(),
            mime.ReplyTo.Count == 0 ? null : Address(mime.ReplyTo[0]),
            mime.Subject ?? "",
            body.Full,
            string.IsNullOrWhiteSpace(body.NewContent) ? null : body.NewContent,
            new MessageHeaders(mime.Headers.Take(500).Select(h => new KeyValuePair<string, string>(h.Name, h.DecodedText(null)))),
            attachments,
            receivedAt);
    }

    /// <summary>A stored message as the intake saw it (headers, text and attachment text are all kept in the row).</summary>
    public static IntakeMessage FromStored(MessageDetail m) => new(
        m.Mailbox,
        new EmailAddress(m.FromName, m.FromAddress ?? ""),
        m.To.Select(EmailAddress.Parse).ToList(),
        m.ReplyTo is null ? null : EmailAddress.Parse(m.ReplyTo),
        m.Subject ?? "",
        m.BodyText ?? "",
        string.IsNullOrWhiteSpace(m.NewText) ? null : m.NewText,
        new MessageHeaders(m.Headers),
        m.Attachments.Where(a => !a.IsInline).Select(a => new IntakeAttachment(a.FileName, a.ContentType, a.Size, a.Text)).ToList(),
        m.ReceivedAt);

    private static EmailAddress? Address(Mail.Mime.EmailAddress? address) =>
        address is null ? null : new EmailAddress(string.IsNullOrEmpty(address.DisplayName) ? null : address.DisplayName, address.Address);
}
