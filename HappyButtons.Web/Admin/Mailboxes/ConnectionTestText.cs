using System.Text.RegularExpressions;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin.Mailboxes;

/// <summary>
/// The connection test's result for the reader: the step that failed as a title and what it means in their language.
/// What the server itself answered (a TLS or IMAP error text) stays as it is, shown apart as the server's words.
/// </summary>
public static partial class ConnectionTestText
{
    public static string Title(UiText ui, ConnectionTestStep step) => step switch
    {
        ConnectionTestStep.Success => ui["Connection works."],
        ConnectionTestStep.Configuration => ui["Incomplete settings:"],
        ConnectionTestStep.Dns => ui["Host not found (DNS):"],
        ConnectionTestStep.Tcp => ui["No connection (TCP):"],
        ConnectionTestStep.Tls => ui["Certificate not trusted (TLS):"],
        ConnectionTestStep.Authentication => ui["Login failed:"],
        ConnectionTestStep.Folder => ui["Folder problem:"],
        _ => ui["The server did not answer as expected:"],
    };

    /// <summary>The explanation in the reader's language, and the server's own words where the detail carries them.</summary>
    public static (string Text, string? ServerSaid) Detail(UiText ui, ConnectionTestResult result)
    {
        var d = result.Detail;
        if (Inbox().Match(d) is { Success: true } inbox)
        {
            return (ui.Format("{0}: {1}, {2} unread.", inbox.Groups["folder"].Value,
                Ui(ui, inbox.Groups["messages"].Value, "{0} message", "{0} messages"), inbox.Groups["unseen"].Value), null);
        }

        if (Maildir().Match(d) is { Success: true } maildir)
        {
            return (ui.Format("Maildir {0}", maildir.Groups["path"].Value), null);
        }

        if (MissingMaildir().Match(d) is { Success: true } missingMaildir)
        {
            return (ui.Format("The Maildir {0} does not exist.", missingMaildir.Groups["path"].Value), null);
        }

        if (Refused().Match(d) is { Success: true } refused)
        {
            return (ui.Format("{0} refused the connection.", refused.Groups["endpoint"].Value), null);
        }

        if (Unreachable().Match(d) is { Success: true } unreachable)
        {
            return (ui.Format("{0} cannot be reached.", unreachable.Groups["endpoint"].Value), unreachable.Groups["code"].Value);
        }

        if (Silent().Match(d) is { Success: true } silent)
        {
            return (ui.Format("{0} did not answer within {1} s.", silent.Groups["endpoint"].Value, silent.Groups["seconds"].Value), null);
        }

        if (UnknownHost().Match(d) is { Success: true } host)
        {
            return (ui.Format("The host name {0} was not found.", host.Groups["host"].Value), host.Groups["code"].Value);
        }

        if (MissingFolders().Match(d) is { Success: true } missing)
        {
            var folders = missing.Groups["list"].Value.Split("; ").Select(f => FolderNotFound().Match(f) is { Success: true } m
                ? (m.Groups["kind"].Value == "processed folder" ? ui.Format("processed folder {0} (it is created on the first move)", m.Groups["name"].Value)
                    : ui.Format("Sent folder {0}", m.Groups["name"].Value))
                : f);
            return (ui.Format("Missing: {0}.", string.Join("; ", folders)), null);
        }

        if (FolderClosed().Match(d) is { Success: true } closed)
        {
            return (ui.Format("The folder {0} cannot be opened.", closed.Groups["folder"].Value), closed.Groups["server"].Value);
        }

        if (result.Step == ConnectionTestStep.Authentication)
        {
            // "authentication failed: …" is the server refusing the credentials; anything else went wrong on the way (OAuth2 token, protocol).
            return d.StartsWith(MailboxBackoff.AuthenticationFailed + ": ", StringComparison.Ordinal)
                ? (ui["The server refused the user name or password."], d[(MailboxBackoff.AuthenticationFailed.Length + 2)..])
                : (ui["The sign-in did not complete."], d);
        }

        return result.Step switch
        {
            ConnectionTestStep.Configuration when d == "No IMAP host is configured." => (ui["No IMAP host is configured."], null),
            ConnectionTestStep.Tls => (ui["The server's certificate is not trusted by this system and is not the pinned one."], d),
            _ => (ui["See the server's answer."], d),
        };
    }

    private static string Ui(UiText ui, string count, string singular, string plural) => ui.Count(long.Parse(count, System.Globalization.CultureInfo.InvariantCulture), singular, plural);

    [GeneratedRegex(@"^(?<folder>.+): (?<messages>\d+) messages, (?<unseen>\d+) unseen\.$")]
    private static partial Regex Inbox();

    [GeneratedRegex(@"^Maildir (?<path>.+)$")]
    private static partial Regex Maildir();

    [GeneratedRegex(@"^The Maildir (?<path>.+) does not exist\.$")]
    private static partial Regex MissingMaildir();

    [GeneratedRegex(@"^(?<endpoint>\S+) refused the connection\.$")]
    private static partial Regex Refused();

    [GeneratedRegex(@"^(?<endpoint>\S+) cannot be reached \((?<code>.*)\)\.$")]
    private static partial Regex Unreachable();

    [GeneratedRegex(@"^(?<endpoint>\S+) did not answer within (?<seconds>\d+) s\.$")]
    private static partial Regex Silent();

    [GeneratedRegex(@"^The host name (?<host>\S+) was not found \((?<code>.*)\)\.$")]
    private static partial Regex UnknownHost();

    [GeneratedRegex(@"^Missing: (?<list>.*)\.$")]
    private static partial Regex MissingFolders();

    [GeneratedRegex(@"^(?<kind>processed folder|Sent folder) '(?<name>.*)'")]
    private static partial Regex FolderNotFound();

    [GeneratedRegex(@"^The folder (?<folder>\S+) cannot be opened: (?<server>.*)$")]
    private static partial Regex FolderClosed();
}
