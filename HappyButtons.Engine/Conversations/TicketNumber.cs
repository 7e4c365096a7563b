using System.Globalization;
using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Conversations;

/// <summary>
/// The ticket number customers see in our subjects, <c>[HB-10234]</c>: the conversation's id plus <see cref="Offset"/>
/// (so the first ticket does not read "HB-1"). A customer whose mail program drops References still lands in the right
/// conversation when the subject keeps it.
/// </summary>
public static partial class TicketNumber
{
    public const long Offset = 10_000;

    public static string Format(long conversationId) => "HB-" + (conversationId + Offset).ToString(CultureInfo.InvariantCulture);

    /// <summary>The conversation id a subject names with <c>[HB-n]</c>, or null.</summary>
    public static long? Find(string? subject)
    {
        if (subject is null)
        {
            return null;
        }

        var match = Pattern().Match(subject);
        return match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > Offset
            ? number - Offset
            : null;
    }

    /// <summary>The subject of a reply: "Re: " once, and the ticket number once at its end.</summary>
    public static string ReplySubject(string? subject, long conversationId)
    {
        var tag = "[" + Format(conversationId) + "]";
        var text = Strip(subject);
        return string.IsNullOrWhiteSpace(text) ? $"Re: {tag}" : $"Re: {text} {tag}";
    }

    /// <summary>The subject without reply/forward prefixes and without ticket numbers: what the conversation is called.</summary>
    public static string Strip(string? subject)
    {
        var text = Pattern().Replace(subject ?? "", " ");
        string before;
        do
        {
            before = text;
            text = Prefix().Replace(text.Trim(), "");
        }
        while (text != before);

        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\[\s*HB-(\d{1,18})\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(re|aw|wg|fw|fwd|antw|sv|vs)(\[\d+\])?\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
