namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>
/// German / English / other from stopwords plus a few distinctive character trigrams, so even a
/// one-line mail ("Bitte um Rückruf", "Please call back") is placed. French, Dutch, Spanish and
/// Italian stopwords exist only to recognise "other".
/// </summary>
public static class LanguageDetector
{
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
}
