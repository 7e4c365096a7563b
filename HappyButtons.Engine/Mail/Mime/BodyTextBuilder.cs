namespace HappyButtons.Engine.Mail.Mime;

/// <summary>text/plain is preferred; otherwise the HTML body is rendered to text. Then quotes and signature are marked.</summary>
internal static class BodyTextBuilder
{
    public static BodyText Build(MimeMessage message)
    {
        var plain = message.TextBody;
        if (!string.IsNullOrWhiteSpace(plain)) return ReplyStructure.Analyze(plain, fromHtml: false);
        var html = message.HtmlBody;
        if (!string.IsNullOrWhiteSpace(html)) return ReplyStructure.Analyze(HtmlToText.Convert(html), fromHtml: true);
        return plain is null ? BodyText.Empty : ReplyStructure.Analyze(plain, fromHtml: false);
    }
}
