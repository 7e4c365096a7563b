using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>A sentence that orders nothing; <see cref="Declines"/> when it says the goods it names are not wanted ("X bitte nicht").</summary>
public sealed record NotOrdered(int Index, int Length, bool Declines);

/// <summary>
/// What a clerk skips when reading a purchase order: the quoted history of a reply (our offer, the colleague's request
/// of a forwarded mail), and sentences that order nothing — goods declined or cancelled ("die Jeansknöpfe bitte nicht",
/// "--- entfällt ---", "we'll leave the corozo buttons for now"), a request for a quotation, a forecast or a balance
/// ("Vorschau, unverbindlich", "Restmenge", "Eingangsfortschrittszahl", "Letzter Wareneingang: …, 20.000 Stk").
/// </summary>
public static partial class OrderSentences
{
    /// <summary>The row where the quoted history of a reply or forward begins, or the count of rows when there is none.</summary>
    public static int QuoteStart(IReadOnlyList<LayoutRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (QuoteHeader().IsMatch(rows[i].Text)
                || (HeaderFrom().IsMatch(rows[i].Text) && rows.Skip(i + 1).Take(2).Any(r => HeaderSent().IsMatch(r.Text))))
            {
                return i;
            }
        }

        return rows.Count;
    }

    /// <summary>Whether a row opens a block of rows that order nothing ("Forecast (not binding):", "Vorschau:").</summary>
    public static bool OpensForecast(string text) => (text.TrimEnd().EndsWith(':') && Forecast().IsMatch(text)) || ForecastTitle().IsMatch(text);

    /// <summary>
    /// The status codes a schedule's legend explains as a forecast ("P = Prognose (unverbindlich)", "PLAN = planning
    /// information only", "Trade-off = … do not ship"): rows marked with one order nothing.
    /// </summary>
    public static IReadOnlySet<string> ForecastCodes(IEnumerable<LayoutRow> rows)
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var entries = LegendEntry().Matches(row.Text);
            for (var i = 0; i < entries.Count; i++)
            {
                var end = i + 1 < entries.Count ? entries[i + 1].Index : row.Text.Length;
                var meaning = row.Text[(entries[i].Index + entries[i].Length)..end];
                if (Forecast().IsMatch(meaning) || Declined().IsMatch(meaning) || PlanningOnly().IsMatch(meaning))
                {
                    codes.Add(entries[i].Groups["code"].Value);
                }
            }
        }

        return codes;
    }

    /// <summary>
    /// The first day a schedule's figures are only a forecast, where the mail says so ("ab KW 03 … unverbindliche Prognose",
    /// "everything after week 4 is forecast"), or null.
    /// </summary>
    public static DateOnly? ForecastFrom(IEnumerable<LayoutRow> rows, DateOnly reference)
    {
        foreach (var row in rows)
        {
            foreach (var (start, end) in Sentences(row.Text))
            {
                var sentence = row.Text[start..end];
                if (!Forecast().IsMatch(sentence))
                {
                    continue;
                }

                foreach (var date in DateReader.Find(sentence, reference))
                {
                    if (HorizonWord().Match(sentence[..date.Index]) is { Success: true } word)
                    {
                        var after = !word.Groups["from"].Success;
                        return after ? date.Date.AddDays(date.IsWeek ? 7 : 1) : date.Date;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether a table row carries a forecast status in a cell of its own ("PLAN", "Tentative", or a code its legend explains so).</summary>
    public static bool MarkedForecast(LayoutRow row, IReadOnlySet<string> forecastCodes) =>
        row.Cells.Any(c => ForecastStatus().IsMatch(c.Text) || forecastCodes.Contains(c.Text.Trim()));

    /// <summary>
    /// The sentences of <paramref name="text"/> that order nothing; a request for a quotation is one only while
    /// <paramref name="requestsCount"/> is false (in a mail that asks for nothing but a quotation, the request names what to quote).
    /// </summary>
    public static IReadOnlyList<NotOrdered> Find(string text, bool requestsCount = false)
    {
        var found = new List<NotOrdered>();
        foreach (var (start, end) in Sentences(text))
        {
            var sentence = text[start..end];
            var declines = Declined().IsMatch(sentence);
            if (declines || (!requestsCount && QuoteRequest().IsMatch(sentence)) || Forecast().IsMatch(sentence) || Balance().IsMatch(sentence)
                || NotYetOrdered().IsMatch(sentence))
            {
                found.Add(new NotOrdered(start, end - start, declines));
            }
        }

        return found;
    }

    /// <summary>The sentence of <paramref name="text"/> that holds the character at <paramref name="index"/>.</summary>
    public static (int Start, int End) SentenceAt(string text, int index) =>
        Sentences(text).FirstOrDefault(s => index >= s.Start && index < s.End, (Start: 0, End: text.Length));

    /// <summary>
    /// Sentences end at ".", "!" or "?" before a space, except after an ordinal or a date without its year ("18. Dezember",
    /// "am 18.12. bitte") or an abbreviation ("Nr.", "Stk.", "10 Tsd. Jeansknöpfe"); after an article number ("… HB-7710.") one does end.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?') || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
            {
                continue;
            }

            if (c == '.')
            {
                var word = LastWord().Match(text[start..i]).Value;
                if (word.Length == 0 || Ordinal().IsMatch(word) || Abbreviation().IsMatch(word))
                {
                    continue;
                }
            }

            yield return (start, i + 1);
            start = i + 1;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    [GeneratedRegex(@"^\s*(?:>|-{2,}\s*(?:Ursprüngliche Nachricht|Original Message|Weitergeleitete Nachricht|Forwarded message)|(?:Am|On)\s.{4,160}\s(?:schrieb|wrote)\b.{0,80}:\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteHeader();

    /// <summary>The header of a message quoted by Outlook: "From: …" with "Sent: …" under it ("Von:" / "Gesendet:").</summary>
    [GeneratedRegex(@"^\s*(?:From|Von|De)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\s*(?:Sent|Gesendet|Date|Datum|Envoyé)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderSent();

    [GeneratedRegex(@"\b(?:brauchen|benötigen|bestellen|nehmen)\s+wir\b[^.;]{0,40}\bnicht\b|\bbitte\s+nicht\b|\bnicht\s+(?:mehr\s+)?(?:liefern|bestellen|benötigt|nötig|schicken)|entfällt|entfallen|storniert|stornieren|streichen|gestrichen|\bcancel(?:led|ed)?\b|\bnot\s+(?:needed|required|an\s+order)\b|\bdon'?t\s+need\b|\bdo\s+not\s+(?:need|deliver|ship|send)\b|\bleave\b[^.;]{0,40}\bfor\s+now\b|\bno\s+longer\s+(?:need|require)|\bskip\b|\b(?:ausreichend|genug|genügend)\b[^.;]{0,30}\b(?:am|auf|im)\s+Lager\b|\b(?:enough|sufficient)\b[^.;]{0,30}\bin\s+stock\b", RegexOptions.IgnoreCase)]
    private static partial Regex Declined();

    [GeneratedRegex(@"\bAngebot\s+(?:über|für)\b|\bein\s+Angebot\b|\bPreisanfrage\b|\b(?:could|can|would)\s+you\s+(?:please\s+)?quote\b|\bplease\s+quote\b|\bquot(?:e|ation)\s+(?:us\s+)?for\b|\bsend\s+(?:us\s+)?an?\s+(?:quote|quotation|offer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteRequest();

    /// <summary>A forecast, or a figure given only for the supplier's information or planning ("nur als Info für Ihre Planung"), or a schedule row of status planned.</summary>
    [GeneratedRegex(@"\bvorschau\b|\bprognose\b|\bforecast\b|\bunverbindlich\b|\bnot\s+binding\b|\bnon-binding\b|\b(?:nur|lediglich)\s+(?:als|zur)\s+(?:Info|Information|Orientierung)\b|\bfür\s+(?:Ihre|eure|deine)\s+Planung\b|\b(?:only|purely)\s+(?:as\s+|for\s+)?(?:(?:an?\s+)?info|information|planning)\b|\bfor\s+(?:your\s+)?(?:information|planning)\s+(?:only|purposes)\b|\bstatus\s*:?\s*(?:planned|tentative|geplant|vorläufig)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forecast();

    /// <summary>"ab KW", "from", "after week": where the forecast begins (from that date on, or after it).</summary>
    [GeneratedRegex(@"\b(?:(?<from>ab|from|starting(?:\s+(?:with|from))?|beginning\s+with)|after|nach|beyond)\s+(?:(?:KW|week|wk|CW)\.?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HorizonWord();

    /// <summary>"P = ", "SCC+4 = ", "Trade-off = ": a code a legend explains.</summary>
    [GeneratedRegex(@"(?<![\w+-])(?<code>[A-Za-z][\w+-]{0,11})\s*=\s*")]
    private static partial Regex LegendEntry();

    [GeneratedRegex(@"\bplanning\b|\bplanung\b|\binformation\b|\binfo\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanningOnly();

    [GeneratedRegex(@"^\s*(?:forecast|prognose|vorschau|plan|planned|planning|planung|geplant|tentative|provisional|vorläufig|indicative|trade-?off|unverbindlich)\b[\s\w]{0,12}$", RegexOptions.IgnoreCase)]
    private static partial Regex ForecastStatus();

    /// <summary>"FORECAST", "Prognose (unverbindlich)": a title alone on its row opens the rows that order nothing, with or without a colon.</summary>
    [GeneratedRegex(@"^\s*(?:forecast|prognose|vorschau)\s*(?:\([^)]*\))?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForecastTitle();

    /// <summary>"just asking, no order yet", "noch keine Bestellung", "Anfrage (keine Bestellung)": a question about goods that may be ordered later.</summary>
    [GeneratedRegex(@"\bno\s+order\s+yet\b|\bnot\s+(?:yet\s+)?an\s+order\s+yet\b|\bjust\s+asking\b|\bnoch\s+keine\s+(?:feste\s+)?bestellung\b|\bnur\s+eine\s+anfrage\b|\bkeine\s+Bestellung\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotYetOrdered();

    [GeneratedRegex(@"restmenge|fortschrittszahl|lagerbestand|\bremaining\s+(?:quantity|balance)\b|\bcumulative\b|\bletzte[rn]?\s+(?:Waren)?(?:eingang|lieferung|anlieferung)\b|\blast\s+(?:goods\s+)?(?:receipt|received|delivery\s+received)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Balance();

    [GeneratedRegex(@"[\p{L}\d.-]+$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^(?:\d{1,2}\.)*\d{1,2}$")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?:nr|stk|st|tsd|mio|ca|bzw|pos|art|z\.b|u\.a|inkl|zzgl|evtl|ggf|tel|fa|no|vgl|lt|gem|dt|str|abt|kw|ref|approx|incl|excl|e\.g|i\.e)$", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();
}
