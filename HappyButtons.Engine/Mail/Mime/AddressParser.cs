using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Reads RFC 5322 address lists: name-addr and addr-spec, quoted display names, comments (used as the
/// display name when no phrase exists), groups, and the common breakages (unquoted commas are the exception).
/// </summary>
public static class AddressParser
{
    public static IReadOnlyList<EmailAddress> Parse(string? text, IMimeWarningSink? warnings = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var tokens = AddressTokenizer.Tokenize(text);
        var result = new List<EmailAddress>();
        var phrase = new List<AddressToken>();
        string? group = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case AddressTokenKind.Special when token.Text == "<":
                    i = ReadAngleAddress(tokens, i + 1, phrase, group, result, warnings);
                    phrase.Clear();
                    continue;
                case AddressTokenKind.Special when token.Text == ":" && group is null && !LooksLikeAddress(phrase):
                    group = DisplayName(phrase, warnings) ?? string.Empty;
                    phrase.Clear();
                    break;
                case AddressTokenKind.Special when token.Text is "," or ";":
                    AddBare(phrase, group, result, warnings);
                    phrase.Clear();
                    if (token.Text == ";") group = null;
                    break;
                default:
                    phrase.Add(token);
                    break;
            }
            i++;
        }
        AddBare(phrase, group, result, warnings);
        return JoinSplitNames(result);
    }

    /// <summary>
    /// "Müller, Jürgen &lt;jm@x.de&gt;" without quotes reads as a domain-less "Müller" and "Jürgen &lt;jm@x.de&gt;";
    /// a person means one mailbox named "Müller, Jürgen", so the two are joined again.
    /// </summary>
    private static List<EmailAddress> JoinSplitNames(List<EmailAddress> addresses)
    {
        for (var i = addresses.Count - 2; i >= 0; i--)
        {
            var fragment = addresses[i];
            var next = addresses[i + 1];
            if (fragment.DisplayName is not null || fragment.Address.Contains('@') || fragment.Group != next.Group) continue;
            if (next.DisplayName is null || !next.Address.Contains('@')) continue;
            addresses[i + 1] = next with { DisplayName = $"{fragment.Address}, {next.DisplayName}" };
            addresses.RemoveAt(i);
        }
        return addresses;
    }

    private static int ReadAngleAddress(List<AddressToken> tokens, int i, List<AddressToken> phrase, string? group, List<EmailAddress> result, IMimeWarningSink? warnings)
    {
        var address = new StringBuilder();
        while (i < tokens.Count && !(tokens[i].Kind == AddressTokenKind.Special && tokens[i].Text == ">"))
        {
            if (tokens[i].Kind != AddressTokenKind.Comment) address.Append(tokens[i].Text);
            i++;
        }
        if (i >= tokens.Count) warnings?.Add("Address is missing its closing '>'.");
        var addrSpec = StripRoute(address.ToString().Trim());
        var name = DisplayName(phrase, warnings);
        if (addrSpec.Length > 0 || name is not null) result.Add(new EmailAddress(name, addrSpec) { Group = group });
        return i + 1;
    }

    /// <summary>Obsolete source routes (&lt;@relay:user@host&gt;) carry nothing a reader needs.</summary>
    private static string StripRoute(string address)
    {
        if (!address.StartsWith('@')) return address;
        var colon = address.IndexOf(':');
        return colon < 0 ? address : address[(colon + 1)..];
    }

    private static void AddBare(List<AddressToken> phrase, string? group, List<EmailAddress> result, IMimeWarningSink? warnings)
    {
        var words = new StringBuilder();
        AddressToken? comment = null;
        var hasWords = false;
        foreach (var token in phrase)
        {
            if (token.Kind == AddressTokenKind.Comment) comment = token;
            else
            {
                words.Append(token.Text);
                hasWords = true;
            }
        }
        if (!hasWords) return;
        var address = words.ToString();
        var name = comment is null ? null : EncodedWordDecoder.Decode(comment.Text.Trim(), warnings);
        if (!address.Contains('@')) warnings?.Add($"Address '{WarningText.Shorten(address)}' has no domain.");
        result.Add(new EmailAddress(string.IsNullOrWhiteSpace(name) ? null : name, address) { Group = group });
    }

    private static bool LooksLikeAddress(List<AddressToken> phrase)
    {
        foreach (var token in phrase)
            if (token.Kind == AddressTokenKind.Special && token.Text == "@") return true;
        return false;
    }

    private static string? DisplayName(List<AddressToken> phrase, IMimeWarningSink? warnings)
    {
        var name = new StringBuilder();
        AddressToken? previous = null;
        AddressToken? firstComment = null;
        foreach (var word in phrase)
        {
            if (word.Kind == AddressTokenKind.Comment)
            {
                firstComment ??= word;
                continue;
            }
            if (previous is not null && (word.SpaceBefore || previous.Kind == AddressTokenKind.Quoted || word.Kind == AddressTokenKind.Quoted)) name.Append(' ');
            name.Append(word.Text);
            previous = word;
        }
        if (previous is null)
            return firstComment is null || string.IsNullOrWhiteSpace(firstComment.Text) ? null : EncodedWordDecoder.Decode(firstComment.Text.Trim(), warnings);
        var decoded = EncodedWordDecoder.Decode(name.ToString(), warnings).Trim();
        return decoded.Length == 0 ? null : decoded;
    }
}
