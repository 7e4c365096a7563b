namespace HappyButtons.Engine.Mail.Mime;

/// <summary>text/plain is preferred; otherwise the HTML body is rendered to text. Then quotes and signature are marked.</summary>
internal static class BodyTextBuilder
{
    public static BodyText Build(MimeMessage message, MimeLimits limits, IMimeWarningSink warnings)
    {
        var plain = message.TextBody;
        var html = string.IsNullOrWhiteSpace(plain) ? message.HtmlBody : null;
        var (text, fromHtml) = string.IsNullOrWhiteSpace(html) ? (plain ?? string.Empty, false) : (html, true);
        var truncated = text.Length > limits.MaxBodyTextChars;
        if (truncated)
        {
            warnings.Add($"Body text longer than {limits.MaxBodyTextChars} characters; only the start was analysed.");
            text = text[..limits.MaxBodyTextChars];
        }
        if (fromHtml) text = HtmlToText.Convert(text);
        return text.Length == 0 && !fromHtml ? BodyText.Empty : ReplyStructure.Analyze(text, fromHtml) with { Truncated = truncated };
    }
}
