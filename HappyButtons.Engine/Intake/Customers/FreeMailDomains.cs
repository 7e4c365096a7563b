namespace HappyButtons.Engine.Intake.Customers;

/// <summary>Public mail providers: a domain match on these says nothing about the customer.</summary>
public static class FreeMailDomains
{
    private static readonly HashSet<string> Domains = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "web.de", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com",
        "t-online.de", "freenet.de", "yahoo.com", "yahoo.de", "outlook.com", "outlook.de", "hotmail.com",
        "hotmail.de", "live.com", "live.de", "icloud.com", "me.com", "aol.com", "aol.de", "mail.de",
        "posteo.de", "mailbox.org", "protonmail.com", "proton.me", "arcor.de", "1und1.de", "online.de",
    };

    public static bool Contains(string domain) => Domains.Contains(domain.Trim().TrimEnd('.'));
}
