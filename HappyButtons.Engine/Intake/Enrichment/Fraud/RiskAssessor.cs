using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Engine.Intake.Enrichment.Fraud;

/// <summary>
/// Fraud signals per mail: lookalike sender or Reply-To domains, display names of colleagues or
/// customer contacts on foreign addresses, Reply-To on another domain, failing SPF/DKIM/DMARC and
/// bank-change wording. The score is the capped sum of <see cref="RiskWeights"/>.
/// </summary>
public sealed class RiskAssessor
{
    private readonly ICustomerDirectory _directory;
    private readonly LookalikeDomainDetector _lookalikes;
    private readonly Dictionary<string, StaffMember> _staffByName;
    private readonly Dictionary<string, Contact> _contactsByName;

    public RiskAssessor(ICustomerDirectory directory)
    {
        _directory = directory;
        _lookalikes = new LookalikeDomainDetector(directory.OwnDomains.Concat(directory.Customers.SelectMany(c => c.EmailDomains)));
        _staffByName = directory.Staff.GroupBy(s => NameKey(s.Name)).ToDictionary(g => g.Key, g => g.First());
        _contactsByName = directory.Contacts.GroupBy(c => NameKey($"{c.FirstName} {c.LastName}")).ToDictionary(g => g.Key, g => g.First());
    }

    public RiskAssessment Assess(IntakeMessage message, string foldedText)
    {
        var signals = new List<RiskSignal>();
        var from = message.From;
        AddLookalike(signals, from.Domain, RiskWeights.LookalikeDomain, "sender");
        if (DomainName.Parse(from.Domain).IsPunycode)
            signals.Add(RiskWeights.Signal(RiskWeights.PunycodeDomain, $"sender domain {from.Domain} is an internationalised (punycode) domain"));

        AddDisplayNameSignals(signals, from);

        if (message.ReplyTo is { } replyTo && replyTo.Domain.Length > 0 && !SameOrganisation(replyTo.Domain, from.Domain))
        {
            signals.Add(RiskWeights.Signal(RiskWeights.ReplyToMismatch, $"replies would go to {replyTo.Domain}, not to the sender's domain {from.Domain}"));
            AddLookalike(signals, replyTo.Domain, RiskWeights.ReplyToLookalike, "Reply-To");
        }

        AddAuthenticationSignals(signals, AuthenticationResults.Parse(message.Headers.All("Authentication-Results")));

        if (BankChangeWording.FirstMatch(foldedText) is { } wording)
        {
            signals.Add(RiskWeights.Signal(RiskWeights.BankChangeWording, $"announces changed bank details (\"{wording}\")"));
            if (signals.Count > 1)
                signals.Add(RiskWeights.Signal(RiskWeights.BankChangeWithAnomaly, "bank change together with a sender anomaly"));
        }

        return new RiskAssessment(Math.Min(100, signals.Sum(s => s.Weight)), signals);
    }

    private void AddLookalike(List<RiskSignal> signals, string domain, string code, string role)
    {
        if (_lookalikes.Find(domain) is { } match)
            signals.Add(RiskWeights.Signal(code, $"{role} domain {match.Domain} imitates {match.ImitatedDomain}: {match.Technique}"));
    }

    private void AddDisplayNameSignals(List<RiskSignal> signals, EmailAddress from)
    {
        if (string.IsNullOrWhiteSpace(from.DisplayName)) return;
        var key = NameKey(from.DisplayName);
        if (_staffByName.TryGetValue(key, out var staff) && !_directory.OwnDomains.Contains(from.Domain))
            signals.Add(RiskWeights.Signal(RiskWeights.DisplayNameStaff, $"display name \"{from.DisplayName}\" is our colleague {staff.Email}, but the mail comes from {from.Address}"));

        if (_contactsByName.TryGetValue(key, out var contact)
            && !contact.Email.Equals(from.Address, StringComparison.OrdinalIgnoreCase)
            && _directory.FindByNumber(contact.CustomerNumber) is { } customer
            && !customer.EmailDomains.Any(d => SameOrganisation(d, from.Domain)))
            signals.Add(RiskWeights.Signal(RiskWeights.DisplayNameContact, $"display name \"{from.DisplayName}\" is a contact of {customer.Name} ({contact.Email}), but the mail comes from {from.Address}"));
    }

    private static void AddAuthenticationSignals(List<RiskSignal> signals, AuthenticationResults auth)
    {
        if (auth.Spf is "fail" or "permerror")
            signals.Add(RiskWeights.Signal(RiskWeights.SpfFail, $"SPF check {auth.Spf}: the sending server is not allowed for this domain"));
        else if (auth.Spf == "softfail")
            signals.Add(RiskWeights.Signal(RiskWeights.SpfSoftFail, "SPF check softfail"));
        if (auth.Dkim is "fail" or "permerror")
            signals.Add(RiskWeights.Signal(RiskWeights.DkimFail, $"DKIM signature {auth.Dkim}: content or sender may be altered"));
        if (auth.Dmarc is "fail" or "permerror")
            signals.Add(RiskWeights.Signal(RiskWeights.DmarcFail, $"DMARC {auth.Dmarc}: the sender domain is not authenticated"));
    }

    private bool SameOrganisation(string a, string b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase)) return true;
        var left = DomainName.Parse(a);
        var right = DomainName.Parse(b);
        if (left.Label == right.Label && left.Suffix == right.Suffix) return true;
        var customerA = _directory.FindByDomain(a);
        return customerA is not null && customerA == _directory.FindByDomain(b);
    }

    private static string NameKey(string name) =>
        string.Join(' ', TextFolding.Fold(name).Replace(",", " ").Replace("\"", "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.EndsWith('.')));
}
