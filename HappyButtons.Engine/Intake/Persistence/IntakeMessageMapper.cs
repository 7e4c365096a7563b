using HappyButtons.Engine.Mail.Parsing;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>Maps the parser's output, or a stored message, onto the intake's own <see cref="IntakeMessage"/> — once, at the edge.</summary>
public static class IntakeMessageMapper
{
    public static IntakeMessage FromParsed(ProcessedMessage processed, DateTimeOffset receivedAt) =>
        FromParsed(processed.Mailbox, processed.Mail,
            processed.Attachments.Where(a => !a.IsInline).Select(a => new IntakeAttachment(a.FileName, a.ContentType, a.Size, a.Text)).ToList(),
            receivedAt);

    /// <summary>A parsed mail with the attachments (and their extracted text) the caller has.</summary>
    public static IntakeMessage FromParsed(string mailbox, ParsedMail mail, IReadOnlyList<IntakeAttachment> attachments, DateTimeOffset receivedAt)
    {
        var body = mail.BodyText;
        return new IntakeMessage(
            mailbox,
            Address(mail.From) ?? new EmailAddress(null, ""),
            mail.To.Select(a => Address(a)!).ToList(),
            mail.ReplyTo.Count == 0 ? null : Address(mail.ReplyTo[0]),
            mail.Subject ?? "",
            body.Full,
            string.IsNullOrWhiteSpace(body.NewContent) ? null : body.NewContent,
            new MessageHeaders(mail.Headers.Take(500).Select(h => new KeyValuePair<string, string>(h.Name, h.Value))),
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

    private static EmailAddress? Address(Mail.EmailAddress? address) =>
        address is null ? null : new EmailAddress(string.IsNullOrEmpty(address.DisplayName) ? null : address.DisplayName, address.Address);
}
