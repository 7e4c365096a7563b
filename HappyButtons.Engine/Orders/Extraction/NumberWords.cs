namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>Quantities written in words, German ("zweitausendfünfhundert", "zwölftausend", "fünfzehnhundert") or English ("two thousand five hundred").</summary>
public static class NumberWords
{
    public const string German = "einen|eine|ein|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|"
        + "sechzig|siebzig|achtzig|neunzig|hundert|tausend|und";

    public const string English = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        + "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand";

    private static readonly HashSet<string> EnglishWords = [.. English.Split('|')];

    private static readonly Dictionary<string, int> Small = new(StringComparer.Ordinal)
    {
        ["ein"] = 1, ["einen"] = 1, ["eine"] = 1, ["eins"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["fünf"] = 5, ["fuenf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8,
        ["neun"] = 9, ["zehn"] = 10, ["elf"] = 11, ["zwölf"] = 12, ["zwoelf"] = 12, ["dreizehn"] = 13, ["vierzehn"] = 14, ["fünfzehn"] = 15,
        ["fuenfzehn"] = 15, ["sechzehn"] = 16, ["siebzehn"] = 17, ["achtzehn"] = 18, ["neunzehn"] = 19, ["zwanzig"] = 20, ["dreißig"] = 30, ["dreissig"] = 30, ["vierzig"] = 40,
        ["fünfzig"] = 50, ["fuenfzig"] = 50, ["sechzig"] = 60, ["siebzig"] = 70, ["achtzig"] = 80, ["neunzig"] = 90,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>The number the words say, or null when they are no number (or only a small one, which counts nothing here).</summary>
    public static decimal? Value(string words)
    {
        var folded = words.Trim().ToLowerInvariant();
        return EnglishWords.Contains(folded.Split(' ', '-')[0])
            ? InEnglish(folded)
            : Below(folded, "tausend", 1000, rest => Below(rest, "hundert", 100, Tens));
    }

    private static decimal? InEnglish(string words)
    {
        decimal total = 0, current = 0;
        foreach (var word in words.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            switch (word)
            {
                case "and":
                    break;
                case "hundred":
                    current = Math.Max(current, 1) * 100;
                    break;
                case "thousand":
                    total += Math.Max(current, 1) * 1000;
                    current = 0;
                    break;
                default:
                    if (!Small.TryGetValue(word, out var n))
                    {
                        return null;
                    }

                    current += n;
                    break;
            }
        }

        return total + current;
    }

    /// <summary>"zweitausendfünfhundert": what stands before the word times its value, plus what stands after it.</summary>
    private static decimal? Below(string words, string unit, int value, Func<string, decimal?> rest)
    {
        var at = words.IndexOf(unit, StringComparison.Ordinal);
        if (at < 0)
        {
            return rest(words);
        }

        var times = at == 0 ? 1 : rest(words[..at]);
        var after = words[(at + unit.Length)..];
        var plus = after.Length == 0 ? 0 : rest(after);
        return times is null || plus is null ? null : times * value + plus;
    }

    /// <summary>"fünfundzwanzig", "zwölf", "siebzig".</summary>
    private static decimal? Tens(string words)
    {
        if (words.Length == 0)
        {
            return 0;
        }

        if (Small.TryGetValue(words, out var n))
        {
            return n;
        }

        var and = words.IndexOf("und", StringComparison.Ordinal);
        return and > 0 && Small.TryGetValue(words[..and], out var unit) && unit < 10 && Small.TryGetValue(words[(and + 3)..], out var tens) && tens >= 20
            ? unit + tens
            : null;
    }
}
