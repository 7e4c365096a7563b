using System.Globalization;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Enrichment;

namespace HappyButtons.Tests.Intake.Equivalence;

/// <summary>
/// The straightforward first versions of the intake's hot paths (regex scans, one string per word, a
/// dictionary of feature counts, a full distance matrix), kept as the definition the optimised code must match exactly.
/// </summary>
internal static class OriginalIntake
{
    public static string? FindNearDeadline(string foldedText, DateTimeOffset receivedAt)
    {
        var wording = NearWording.Match(foldedText);
        if (wording.Success) return $"near deadline \"{wording.Value}\"";

        var received = DateOnly.FromDateTime(receivedAt.DateTime);
        var limit = AddBusinessDays(received, 2);
        foreach (var (date, text) in Dates(foldedText, received))
        {
            if (date >= received && date <= limit)
                return $"date {text} is within two business days";
        }
        return null;
    }

    public static LanguageGuess Detect(string text)
    {
        double de = 0, en = 0, other = 0;
        var words = 0;
        foreach (var word in Words(text))
        {
            words++;
            if (German.Contains(word)) de += 1;
            if (English.Contains(word)) en += 1;
            if (OtherLanguages.Contains(word)) other += 1;
            if (word.Length >= 4)
            {
                foreach (var g in GermanTrigrams) if (word.Contains(g, StringComparison.Ordinal)) de += 0.15;
                foreach (var g in EnglishTrigrams) if (word.Contains(g, StringComparison.Ordinal)) en += 0.15;
            }
            if (words >= 400) break;
        }
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4000)))
            if (c is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü') de += 0.5;

        var total = de + en + other;
        if (total < 0.5) return new LanguageGuess(Language.Other, 0, false);
        if (other > de && other > en) return new LanguageGuess(Language.Other, other / total, false);

        var (language, best, second) = de >= en ? (Language.De, de, en) : (Language.En, en, de);
        var mixed = second >= 2 && second / (best + second) >= 0.3;
        return new LanguageGuess(language, best / total, mixed);
    }

    public static List<string> Tokens(string text, int maxTokens = 400)
    {
        var folded = TextFolding.Fold(text);
        var tokens = new List<string>(Math.Min(maxTokens, folded.Length / 5 + 4));
        var start = -1;
        var isNumber = false;
        for (var i = 0; i <= folded.Length && tokens.Count < maxTokens; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            var inWord = char.IsLetterOrDigit(c);
            if (inWord && start < 0)
            {
                start = i;
                isNumber = char.IsDigit(c);
            }
            else if (inWord && isNumber && !char.IsDigit(c))
            {
                isNumber = false;
            }
            else if (!inWord && start >= 0)
            {
                var word = folded[start..i];
                tokens.Add(isNumber ? TextNormalizer.NumberToken : Stem(word));
                start = -1;
            }
        }
        return tokens;
    }

    public static SparseVector Extract(string text)
    {
        if (text.Length > 3000) text = text[..3000];
        var subjectEnd = text.IndexOf('\n');
        var subjectTokens = subjectEnd < 0 ? 0 : Tokens(text[..subjectEnd], 40).Count;
        var tokens = Tokens(text);
        var counts = new Dictionary<int, float>(tokens.Count * 8);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            Add(counts, Hash(1, token), 1f);
            if (i < subjectTokens) Add(counts, Hash(3, token), 1f);
            if (i > 0) Add(counts, Hash(2, tokens[i - 1], token), 1f);
            if (token.Length >= 3 && token != TextNormalizer.NumberToken) AddCharGrams(counts, token);
        }
        var indices = new int[counts.Count];
        var values = new float[counts.Count];
        var k = 0;
        foreach (var (index, count) in counts)
        {
            indices[k] = index;
            values[k++] = MathF.Log(1 + count);
        }
        Array.Sort(indices, values);
        return new SparseVector(indices, values);
    }

    public static int Distance(string a, string b)
    {
        if (a == b) return 0;
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                d[i, j] = best;
            }
        }
        return d[a.Length, b.Length];
    }

    private static readonly Regex NearWording = new(@"\b(?:" + string.Join("|", new[]
        {
            "bis morgen", "bis spaetestens morgen", "spaetestens morgen", "morgen frueh", "heute noch", "noch heute",
            "bis heute", "bis heute abend", "bis ende des tages", "bis uebermorgen", "bis feierabend",
            "by tomorrow", "by today", "by end of day", "by eod", "end of business today", "by close of business",
            "within 24 hours", "innerhalb von 24 stunden", "today if possible", "tomorrow morning at the latest",
        }.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace("\\ ", "\\s+"))) + ")",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, int> Months = new()
    {
        ["januar"] = 1, ["january"] = 1, ["jan"] = 1, ["februar"] = 2, ["february"] = 2, ["feb"] = 2,
        ["maerz"] = 3, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6, ["juli"] = 7, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["dezember"] = 12, ["december"] = 12, ["dez"] = 12, ["dec"] = 12,
    };

    private static readonly string MonthNames = string.Join("|", Months.Keys.OrderByDescending(k => k.Length));

    private static readonly Regex DayMonthName = new(
        $@"\b(?<d>[0-3]?[0-9])(?:\.|st|nd|rd|th)?\s{{1,3}}(?:of\s)?(?<mon>{MonthNames})\b\.?(?:\s(?<y>20[0-9][0-9]))?", RegexOptions.CultureInvariant);

    private static readonly Regex MonthNameDay = new(
        $@"\b(?<mon>{MonthNames})\.?\s{{1,3}}(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?\b(?:,?\s(?<y>20[0-9][0-9]))?", RegexOptions.CultureInvariant);

    // [0-9] rather than \d since the fix for non-ASCII digits (which made the original throw): the reference follows it.
    private static readonly Regex GermanDate = new(@"\b(?<d>[0-3]?[0-9])\.(?<m>[01]?[0-9])\.(?<y>(?:20)?[0-9][0-9])?(?![0-9])", RegexOptions.CultureInvariant);

    private static readonly Regex IsoDate = new(@"\b(?<y>20[0-9][0-9])-(?<m>[01][0-9])-(?<d>[0-3][0-9])\b", RegexOptions.CultureInvariant);

    private static readonly Regex DeadlineContext = new(
        @"(?:bis|spaetestens|zum|am|by|until|before|no later than|deadline|termin|liefertermin|due)\W{1,3}(?:zum\s|den\s|the\s)?$",
        RegexOptions.CultureInvariant);

    private static IEnumerable<(DateOnly Date, string Text)> Dates(string text, DateOnly received)
    {
        foreach (Match m in GermanDate.Matches(text))
        {
            var hasYear = m.Groups["y"].Success;
            if (!hasYear && !DeadlineContext.IsMatch(text.AsSpan(Math.Max(0, m.Index - 20), Math.Min(20, m.Index)).ToString()))
                continue;
            var year = hasYear ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : received.Year;
            if (year < 100) year += 2000;
            if (TryDate(year, m.Groups["m"].Value, m.Groups["d"].Value, out var date)) yield return (date, m.Value);
        }
        foreach (var m in DayMonthName.Matches(text).Concat(MonthNameDay.Matches(text)))
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : received.Year;
            var month = Months[m.Groups["mon"].Value].ToString(CultureInfo.InvariantCulture);
            if (TryDate(year, month, m.Groups["d"].Value, out var date)) yield return (date, m.Value);
        }
        foreach (Match m in IsoDate.Matches(text))
        {
            if (TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value, out var date))
                yield return (date, m.Value);
        }
    }

    private static bool TryDate(int year, string month, string day, out DateOnly date)
    {
        date = default;
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year, m)) return false;
        date = new DateOnly(year, m, d);
        return true;
    }

    private static DateOnly AddBusinessDays(DateOnly date, int days)
    {
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days--;
        }
        return date;
    }

    private static readonly HashSet<string> German = Set(
        "der die das und ist nicht ich sie wir ein eine einen mit fuer auf den dem des im in zu bitte danke "
        + "sehr geehrte geehrter damen herren gruessen gruss freundlichen hallo guten tag von bei wie auch noch "
        + "haben hat wird werden koennen koennten sind war es uns ihr ihre ihnen unsere unser mir mich wurde "
        + "oder aber wenn dass nach ueber schon heute morgen diese dieser leider gerne bis anbei liebe lieber");

    private static readonly HashSet<string> English = Set(
        "the and is are not you we a with for on to of please thanks thank dear regards best kind hello hi "
        + "from at how have has will would could be it us our your yours my me this that these "
        + "or but if after about already today tomorrow unfortunately attached find sincerely can do does");

    private static readonly HashSet<string> OtherLanguages = Set(
        "le la les et est une pour avec nous vous bonjour merci cordialement "
        + "het een en niet wij zijn voor met bedankt groeten "
        + "el los las que por para con gracias saludos il gli che per grazie buongiorno");

    private static readonly string[] GermanTrigrams = ["sch", "ung", "ich", "cht", "eit", "ein", "gen", "ue", "ae", "oe", "ss"];
    private static readonly string[] EnglishTrigrams = ["th", "ing", "tion", "wh", "ould", "ee", "oo"];

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0) start = i;
            else if (!isLetter && start >= 0)
            {
                yield return TextFolding.Fold(text[start..i]);
                start = -1;
            }
        }
    }

    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static readonly string[] Suffixes =
    [
        "ungen", "heiten", "keiten", "ingly", "ation", "ungs", "ung", "heit", "keit", "lich", "isch", "ing", "ern",
        "en", "er", "es", "em", "ed", "ly", "e", "n", "s",
    ];

    private static string Stem(string word)
    {
        if (word.Length <= 4) return word;
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        }
        return word;
    }

    private static void AddCharGrams(Dictionary<int, float> counts, string token)
    {
        Span<char> padded = stackalloc char[Math.Min(token.Length, 40) + 2];
        padded[0] = '_';
        token.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = '_';
        for (var n = 3; n <= 5; n++)
            for (var start = 0; start + n <= padded.Length; start++)
                Add(counts, Hash(n + 10, padded.Slice(start, n)), 1f);
    }

    private static void Add(Dictionary<int, float> counts, int index, float weight) => counts[index] = counts.GetValueOrDefault(index) + weight;

    private static int Hash(int kind, ReadOnlySpan<char> text, ReadOnlySpan<char> second = default)
    {
        unchecked
        {
            var hash = 2166136261u ^ (uint)kind * 16777619u;
            foreach (var c in text) hash = (hash ^ c) * 16777619u;
            if (!second.IsEmpty)
            {
                hash = (hash ^ ' ') * 16777619u;
                foreach (var c in second) hash = (hash ^ c) * 16777619u;
            }
            hash ^= hash >> 15;
            return (int)(hash & (FeatureExtractor.Dimension - 1));
        }
    }

    private static int Hash(int kind, string first, string second) => Hash(kind, first.AsSpan(), second.AsSpan());
}
