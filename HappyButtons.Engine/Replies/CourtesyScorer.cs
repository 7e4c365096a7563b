using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Replies;

/// <summary>
/// Scores a reply's courtesy with fixed rules (German formal "Sie", English), so the same text always gets the same score
/// and a clerk can see which item is missing. Lines quoted from the customer's mail ("&gt; …") are not scored.
/// With the contact, the salutation and the name's spelling are checked against it; with the company data, the signature
/// against it; without them, against the general form.
/// </summary>
public static partial class CourtesyScorer
{
    public static CourtesyScore Score(string text, Language language, ReplyContact? contact = null, CompanyOptions? company = null)
    {
        var lines = (text ?? "").Replace("\r\n", "\n").Split('\n').Where(l => !l.TrimStart().StartsWith('>')).ToList();
        var own = string.Join("\n", lines);
        var english = language == Language.En;
        var salutationLine = lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        var items = new List<CourtesyItem>
        {
            Item(CourtesyRules.Salutation, SalutationShare(salutationLine, english, contact)),
            Item(CourtesyRules.FormalAddress, english ? !EnglishInformal().IsMatch(own) : !GermanInformal().IsMatch(own) && GermanFormal().IsMatch(own)),
            Item(CourtesyRules.Thanks, (english ? EnglishThanks() : GermanThanks()).IsMatch(own)),
            Item(CourtesyRules.RequestReference, (english ? EnglishReference() : GermanReference()).IsMatch(own)),
            Item(CourtesyRules.NoBluntRefusal, !HasBluntRefusal(own, english)),
            Item(CourtesyRules.NoAllCaps, !HasShouting(own)),
            Item(CourtesyRules.NextStep, (english ? EnglishNextStep() : GermanNextStep()).IsMatch(own)),
            Item(CourtesyRules.Closing, (english ? EnglishClosing() : GermanClosing()).IsMatch(own)),
            Item(CourtesyRules.LegalSignature, SignatureShare(own, english, company)),
            Item(CourtesyRules.NameSpelling, NameSpelledRight(own, salutationLine, contact)),
        };
        return new CourtesyScore(items.Sum(i => i.Points), items);
    }

    private static CourtesyItem Item(string rule, bool passed) => Item(rule, passed ? 1d : 0d);

    private static CourtesyItem Item(string rule, double share)
    {
        var max = CourtesyScore.MaxOf(rule);
        return new CourtesyItem(rule, (int)Math.Round(max * share, MidpointRounding.AwayFromZero), max, share >= 1d);
    }

    /// <summary>
    /// Full points for the formal salutation with title and name (the contact's own when we know them), or the general one
    /// when nobody is known; half for a polite one with the full name but no form of address; none for "Hallo" or a wrong one.
    /// </summary>
    private static double SalutationShare(string line, bool english, ReplyContact? contact)
    {
        var said = line.TrimEnd(',', ' ');
        if (contact is not null)
        {
            var expected = contact.Salutation(english ? Language.En : Language.De);
            return string.Equals(said, expected, StringComparison.Ordinal) ? 1d : 0d;
        }

        var pattern = english ? EnglishSalutation() : GermanSalutation();
        var match = pattern.Match(said);
        if (!match.Success || match.Value.Length != said.Length)
        {
            return 0d;
        }

        return match.Groups["neutral"].Success ? 0.5d : 1d;
    }

    private static bool HasBluntRefusal(string text, bool english)
    {
        foreach (var sentence in SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            if ((english ? EnglishRude() : GermanRude()).IsMatch(sentence))
            {
                return true;
            }

            if ((english ? EnglishRefusal() : GermanRefusal()).IsMatch(sentence) && !(english ? EnglishSoftener() : GermanSoftener()).IsMatch(sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of four or more capitals that is no known abbreviation, or "!!".</summary>
    private static bool HasShouting(string text) =>
        text.Contains("!!", StringComparison.Ordinal)
        || CapitalWord().Matches(text).Any(m => !Abbreviations.Contains(m.Value));

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "IBAN", "SEPA", "EORI", "GMBH", "USTG", "GMBHG", "XRECHNUNG", "ZUGFERD", "INCOTERMS", "FOB", "HRB", "HRA", "NATO", "DSGVO", "GDPR", "ISBN", "ASAP",
    };

    /// <summary>The five parts of §35a GmbHG, each a fifth: company with legal form, seat, register court, register number, managing directors.</summary>
    private static double SignatureShare(string text, bool english, CompanyOptions? company)
    {
        bool[] parts;
        if (company is not null && LegalSignature.Missing(company).Count == 0)
        {
            var directors = company.ManagingDirectors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            parts =
            [
                text.Contains(company.FullName, StringComparison.Ordinal),
                SeatLabel().Match(text) is { Success: true } seat && seat.Groups["city"].Value == company.Seat,
                text.Contains(company.RegisterCourt, StringComparison.Ordinal),
                Regex.IsMatch(text, @"(?<![\w])" + Regex.Escape(company.RegisterNumber).Replace(@"\ ", @"\s*") + @"(?![\w])"),
                DirectorsLabel().IsMatch(text) && directors.All(d => text.Contains(d, StringComparison.Ordinal)),
            ];
        }
        else
        {
            parts = [LegalFormName().IsMatch(text), SeatLabel().IsMatch(text), RegisterCourt().IsMatch(text), RegisterNumber().IsMatch(text), DirectorsLabel().IsMatch(text)];
        }

        return parts.Count(p => p) / 5d;
    }

    /// <summary>
    /// The customer's name as they write it: every word that is nearly the contact's last name (another case, "ue" for "ü",
    /// one letter off) must be exactly it. Without a contact, the name in the salutation must be capitalised normally.
    /// </summary>
    private static bool NameSpelledRight(string text, string salutationLine, ReplyContact? contact)
    {
        if (contact?.LastName is { } lastName)
        {
            var folded = Fold(lastName);
            foreach (Match word in NameWord().Matches(text))
            {
                if (word.Value != lastName && (Fold(word.Value) == folded || (folded.Length >= 5 && Distance(Fold(word.Value), folded) == 1)))
                {
                    return false;
                }
            }

            return true;
        }

        var match = GermanSalutation().Match(salutationLine.TrimEnd(',', ' '));
        if (!match.Success)
        {
            match = EnglishSalutation().Match(salutationLine.TrimEnd(',', ' '));
        }

        var name = match.Success ? match.Groups["name"].Value : "";
        return name.Length == 0 || NameWord().Matches(name).All(w => char.IsUpper(w.Value[0]) && (w.Value.Length < 3 || w.Value.Skip(1).Any(char.IsLower)));
    }

    /// <summary>Lower case without accents: "Krüger", "Krueger" and "KRÜGER" fold alike.</summary>
    internal static string Fold(string word)
    {
        var lower = word.ToLowerInvariant().Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss");
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private const string Name = @"(?<name>(?:(?:Prof\.|Dr\.|Dipl\.-Ing\.|Dr\.-Ing\.)\s+)*\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*)?)";

    [GeneratedRegex(@"^(?:Sehr geehrte Damen und Herren|Sehr geehrte Frau " + Name + "|Sehr geehrter Herr " + Name + "|(?<neutral>Guten Tag " + Name + "))")]
    private static partial Regex GermanSalutation();

    [GeneratedRegex(@"^(?:Dear Sir or Madam|Dear (?:Ms|Mrs|Miss|Mr|Dr|Professor|Prof\.?)\.? " + Name + "|(?<neutral>Dear " + Name + "))")]
    private static partial Regex EnglishSalutation();

    [GeneratedRegex(@"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanInformal();

    [GeneratedRegex(@"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")]
    private static partial Regex GermanFormal();

    [GeneratedRegex(@"\b(?:hey|hiya|guys|gonna|wanna|gotta|cheers|thx|pls|btw|dude|mate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishInformal();

    [GeneratedRegex(@"\b(?:vielen|herzlichen|besten|recht herzlichen) Dank\b|\bdanke\b|\bbedanken\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanThanks();

    [GeneratedRegex(@"\bthank you\b|\bthanks\b|\bgrateful\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishThanks();

    [GeneratedRegex(@"\bIhr(?:e|er|en|em)?\s+(?:\p{L}+\s+)?(?:Anfrage|Bestellung|Nachricht|E-Mail|Mail|Schreiben|Reklamation|Beschwerde|Auftrag|Nachfrage|Rückfrage|Bitte|Rechnung|Lieferung|Rücksendung|Interesse|Frage|Preisanfrage|Angebotsanfrage)\b")]
    private static partial Regex GermanReference();

    [GeneratedRegex(@"\byour\s+(?:\p{L}+\s+)?(?:enquiry|inquiry|order|message|email|e-mail|letter|request|complaint|question|invoice|return|interest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishReference();

    [GeneratedRegex(@"(?<=[.!?])\s+|\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^nein\b|nicht unser Problem|Ihr Problem|nicht zuständig|selbst schuld|das geht Sie nichts an", RegexOptions.IgnoreCase)]
    private static partial Regex GermanRude();

    [GeneratedRegex(@"^no\b|not our problem|your problem|not our fault|not our responsibility|none of your business", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishRude();

    [GeneratedRegex(@"nicht möglich|geht nicht|können wir nicht|kann nicht|nicht machbar|\blehnen\b.*\bab\b|abgelehnt|ausgeschlossen|unmöglich|verweiger", RegexOptions.IgnoreCase)]
    private static partial Regex GermanRefusal();

    [GeneratedRegex(@"\b(?:leider|bedauer\p{L}*|tut uns leid|entschuldig\p{L}*|gerne|gern|jedoch|stattdessen|alternativ|Verständnis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanSoftener();

    [GeneratedRegex(@"not possible|\bcannot\b|can't|can not|won't|will not|\brefuse|\brejected\b|\bdenied\b|impossible|\bunable\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishRefusal();

    [GeneratedRegex(@"\b(?:unfortunately|regret\p{L}*|sorry|apologi\p{L}*|however|instead|alternatively|understand\p{L}*|glad|happy to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSoftener();

    [GeneratedRegex(@"(?<![\p{L}\d-])\p{Lu}{4,}(?![\p{L}\d-])")]
    private static partial Regex CapitalWord();

    [GeneratedRegex(@"\b(?:Sie erhalten|erhalten Sie|senden wir Ihnen|schicken wir Ihnen|erstellen wir|wir senden|wir liefern|wir werden|melden (?:wir )?uns bis|voraussichtlich|bis zum|bis spätestens|spätestens am|im Anhang|anbei|bitte (?:senden|teilen|schicken|rufen|antworten|bestätigen|geben) Sie|rufen Sie uns|innerhalb von \d+|am \d{1,2}\.\d{1,2}\.)", RegexOptions.IgnoreCase)]
    private static partial Regex GermanNextStep();

    [GeneratedRegex(@"\b(?:you will receive|we will (?:send|ship|deliver|call|contact|issue|arrange|credit|refund|prepare|replace|collect)|please (?:send|reply|let us know|confirm|call|return|find)|attached|enclosed|within \d+|expected (?:on|by)|scheduled (?:for|on)|will be (?:shipped|delivered|dispatched) on|by \d{1,2} \p{L}+|on \d{1,2} \p{L}+ \d{4}|on \d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNextStep();

    [GeneratedRegex(@"^\s*(?:Mit freundlichen Grü(?:ß|ss)en|Freundliche Grü(?:ß|ss)e|Mit besten Grü(?:ß|ss)en|Beste Grü(?:ß|ss)e|Mit freundlichem Gru(?:ß|ss))\s*,?\s*$", RegexOptions.Multiline)]
    private static partial Regex GermanClosing();

    [GeneratedRegex(@"^\s*(?:Kind regards|Best regards|With kind regards|Yours sincerely|Yours faithfully|Warm regards)\s*,?\s*$", RegexOptions.Multiline)]
    private static partial Regex EnglishClosing();

    [GeneratedRegex(@"\p{L}[\p{L}'-]*")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\p{Lu}[\p{L}&.\- ]*\s(?:GmbH & Co\. KG|GmbH|AG|KG|UG \(haftungsbeschränkt\)|SE|Ltd\.?)\b")]
    private static partial Regex LegalFormName();

    [GeneratedRegex(@"(?:Sitz der Gesellschaft|Sitz|Registered office|Seat)\s*:?\s*(?<city>\p{L}[\p{L}\- ]*?\p{L})(?=\s*(?:[·,;|\n]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex SeatLabel();

    [GeneratedRegex(@"(?:Amtsgericht|Registergericht|Register court|Registry court)\s*:?\s*\p{L}+", RegexOptions.IgnoreCase)]
    private static partial Regex RegisterCourt();

    [GeneratedRegex(@"\bHR[AB]\s*\d+")]
    private static partial Regex RegisterNumber();

    [GeneratedRegex(@"(?:Geschäftsführ\p{L}*|Managing directors?)\s*:?\s*\p{L}+", RegexOptions.IgnoreCase)]
    private static partial Regex DirectorsLabel();
}
