namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// A parsed message. Header-derived values and bodies are computed on first access and cached,
/// so callers that only route on a few headers pay only for those.
/// </summary>
public sealed class MimeMessage
{
    private readonly MimeParseContext _context;
    private IReadOnlyList<EmailAddress>? _from, _to, _cc, _bcc, _replyTo;
    private string? _subject;
    private BodySelection? _bodies;
    private IReadOnlyList<MimeAttachment>? _attachments;
    private BodyText? _bodyText;

    internal MimeMessage(MimeEntity body, int size, MimeParseContext context)
    {
        Body = body;
        Size = size;
        _context = context;
    }

    /// <summary>The root entity; its headers are the message headers.</summary>
    public MimeEntity Body { get; }
    public HeaderList Headers => Body.Headers;

    /// <summary>Bytes that were parsed (after any size-limit cut).</summary>
    public int Size { get; }

    public IReadOnlyList<EmailAddress> FromList => _from ??= Addresses("From");
    public EmailAddress? From => FromList.Count > 0 ? FromList[0] : null;
    public EmailAddress? Sender => Addresses("Sender") is [var sender, ..] ? sender : null;
    public IReadOnlyList<EmailAddress> To => _to ??= Addresses("To");
    public IReadOnlyList<EmailAddress> Cc => _cc ??= Addresses("Cc");
    public IReadOnlyList<EmailAddress> Bcc => _bcc ??= Addresses("Bcc");
    public IReadOnlyList<EmailAddress> ReplyTo => _replyTo ??= Addresses("Reply-To");

    /// <summary>Decoded subject, or null when the header is missing.</summary>
    public string? Subject => _subject ??= Headers.Find("Subject")?.DecodedText(_context.Warnings);

    public DateTimeOffset? Date => MimeDateParser.Parse(Headers["Date"]);
    public string? MessageId => MessageIdParser.ParseSingle(Headers["Message-ID"]);
    public string? InReplyTo => MessageIdParser.ParseSingle(Headers["In-Reply-To"]);
    public IReadOnlyList<string> References => MessageIdParser.ParseList(Headers["References"]);

    /// <summary>RFC 3834 Auto-Submitted keyword ("auto-replied", "auto-generated", ...), null when absent.</summary>
    public string? AutoSubmitted => Headers["Auto-Submitted"]?.Split(';')[0].Trim().ToLowerInvariant();
    public bool IsAutoSubmitted => AutoSubmitted is { } value && value != "no";

    public MessageImportance Importance => ImportanceReader.Read(Headers);
    public AuthenticationResult? AuthenticationResults => AuthenticationResult.Parse(Headers["Authentication-Results"]);

    /// <summary>The first message/delivery-status part (bounce reports), else null.</summary>
    public DeliveryStatus? DeliveryStatus => Body.Descendants().Select(e => e.DeliveryStatus).FirstOrDefault(d => d is not null);

    public MimeEntity? TextBodyPart => Bodies.Text;
    public MimeEntity? HtmlBodyPart => Bodies.Html;
    public string? TextBody => Bodies.Text?.GetText();
    public string? HtmlBody => Bodies.Html?.GetText();

    public IReadOnlyList<MimeAttachment> Attachments => _attachments ??= MimeAttachment.Collect(Body, Bodies);

    /// <summary>The part an HTML body references as "cid:…" (brackets and the "cid:" prefix are optional), else null.</summary>
    public MimeAttachment? FindByContentId(string contentId)
    {
        var id = contentId.StartsWith("cid:", StringComparison.OrdinalIgnoreCase) ? Uri.UnescapeDataString(contentId[4..]) : contentId;
        id = id.Trim().Trim('<', '>');
        return Attachments.FirstOrDefault(a => string.Equals(a.ContentId, id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Readable text for people and classifiers, with quoted replies and signature marked.</summary>
    public BodyText BodyText => _bodyText ??= BodyTextBuilder.Build(this, _context.Limits, _context.Warnings);

    public bool LimitExceeded => _context.LimitExceeded;

    /// <summary>Notes about malformed input. Decoding content lazily may add more after parsing.</summary>
    public IReadOnlyList<string> Warnings => _context.Warnings.Snapshot();

    private BodySelection Bodies => _bodies ??= BodySelection.Find(Body);

    private IReadOnlyList<EmailAddress> Addresses(string header)
    {
        IReadOnlyList<EmailAddress>? single = null;
        List<EmailAddress>? all = null;
        for (var i = 0; i < Headers.Count; i++)
        {
            var field = Headers[i];
            if (!string.Equals(field.Name, header, StringComparison.OrdinalIgnoreCase)) continue;
            var addresses = AddressParser.Parse(field.Text, _context.Warnings);
            if (single is null) single = addresses;
            else (all ??= [.. single]).AddRange(addresses);
        }
        return all ?? single ?? [];
    }
}
