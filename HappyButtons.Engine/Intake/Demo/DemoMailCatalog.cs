using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Outgoing;

namespace HappyButtons.Engine.Intake.Demo;

// Intake has its own EmailAddress (the enriched sender); these mails are composed with the mail one.
using EmailAddress = HappyButtons.Engine.Mail.EmailAddress;

/// <summary>One sample mail: the mailbox it is delivered to, how long ago it arrived, and the message.</summary>
public sealed record DemoMail(string Mailbox, TimeSpan Age, OutgoingMessage Message);

/// <summary>
/// Realistic sample mail from a small set of customers whose names, numbers and domains are consistent across
/// the mails: Modehaus Lindner (fashion retail, Munich), Trachten Huber (Rosenheim), Autowerk Süd (automotive OEM),
/// Brightwear (UK brand). <paramref name="mailboxAddress"/> gives each department's own address.
/// </summary>
public sealed partial class DemoMailCatalog(Func<string, string> mailboxAddress, DateTimeOffset now)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static readonly EmailAddress Lindner = new("Claudia Lindner", "claudia@modehaus-lindner.de");
    private static readonly EmailAddress Huber = new("Alex Huber", "alex@trachten-huber.de");
    private static readonly EmailAddress AutowerkDispo = new("Jonas Keller", "einkauf@autowerk-sued.de");
    private static readonly EmailAddress Brightwear = new("Oliver Grant", "o.grant@brightwear.co.uk");

    public IReadOnlyList<DemoMail> All() =>
    [
        .. SalesMails(),
        .. SupportMails(),
        .. FinanceMails(),
        .. InfoMails(),
    ];

    private EmailAddress To(string department) => new(null, mailboxAddress(department));

    private DateTimeOffset SentAt(TimeSpan age) => TimeZoneInfo.ConvertTime(now - age, Berlin);

    private DemoMail Mail(string department, TimeSpan age, EmailAddress from, string subject, string? text,
        string? html = null, IReadOnlyList<OutgoingAttachment>? attachments = null, IReadOnlyList<KeyValuePair<string, string>>? headers = null,
        IReadOnlyList<EmailAddress>? replyTo = null, IReadOnlyList<EmailAddress>? cc = null) =>
        new(department, age, new OutgoingMessage
        {
            From = from,
            To = [To(department)],
            Cc = cc ?? [],
            ReplyTo = replyTo ?? [],
            Subject = subject,
            TextBody = text,
            HtmlBody = html,
            Attachments = attachments ?? [],
            Date = SentAt(age),
            MessageId = MailComposer.NewMessageId(from.Domain),
            ExtraHeaders = headers ?? [],
        });

    private static KeyValuePair<string, string> Header(string name, string value) => new(name, value);

    private static IReadOnlyList<OutgoingAttachment> Pdf(string fileName, DemoPurchaseOrder order) =>
        [new OutgoingAttachment(fileName, "application/pdf", order.ToPdf())];

    private DateOnly Day(int daysFromNow) => DateOnly.FromDateTime(SentAt(TimeSpan.Zero).Date).AddDays(daysFromNow);

    private static string Lines(params string[] lines) => string.Join("\n", lines);
}
