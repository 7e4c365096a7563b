using System.Text.RegularExpressions;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Knowledge;

/// <summary>A word of a text as the search compares it (<see cref="Stem"/>) and as a person reads it (<see cref="Surface"/>).</summary>
public readonly record struct KnowledgeTerm(string Stem, string Surface);

/// <summary>
/// How the knowledge search reads German and English text: folded (case, umlauts: "Knöpfe" = "knoepfe"), split into
/// words, stop words dropped, and a light stem (plural and verb endings: "waschen", "Wäsche" → "wasch"). No dictionary:
/// the articles' keywords carry the synonyms.
/// </summary>
public static partial class KnowledgeText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder", "aber", "ich", "wir",
        "sie", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihnen", "es", "er", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
        "haben", "hat", "hatten", "habe", "mit", "von", "vom", "zu", "zum", "zur", "fuer", "auf", "aus", "bei", "nach", "wie", "was",
        "wann", "wo", "welche", "welcher", "welches", "bitte", "danke", "vielen", "dank", "gruss", "gruessen", "gruesse", "freundlichen",
        "freundliche", "sehr", "geehrte", "geehrter", "damen", "herren", "guten", "tag", "hallo", "koennen", "koennten", "kann", "koennte",
        "wuerden", "wuerde", "mich", "mir", "uns", "unser", "unsere", "unseren", "unserer", "diese", "dieser", "dieses", "diesen", "noch",
        "auch", "nicht", "nur", "schon", "so", "dass", "im", "in", "an", "am", "um", "als", "wenn", "ob", "gibt", "gerne", "gern", "mfg",
        "beste", "besten", "ja", "nein", "man", "muss", "muessen", "soll", "sollen", "sollte", "frage", "fragen", "anfrage", "hier",
        "da", "dann", "denn", "doch", "mal", "sich", "sein", "seine", "kein", "keine", "mehr", "sowie", "bzw", "etc", "gmbh", "brauchen",
        "benoetigen", "moechten", "wollen", "vorab", "viel", "viele", "vielleicht", "beim", "ab", "bis", "ueber", "unter", "wieder", "immer",
        "bekommen", "duerfen", "darf", "wer", "warum", "weil", "uebrigens", "leider", "zusammen", "euch", "eure", "euer", "gruss", "woche",
        "zeit", "termin", "naechste", "naechsten", "letzte", "letzten", "heute", "morgen", "hallo", "team",
        // English
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "is", "are", "was", "were", "be", "been", "have", "has",
        "had", "do", "does", "did", "we", "you", "your", "our", "us", "i", "my", "me", "it", "its", "this", "that", "these", "those",
        "what", "when", "where", "how", "which", "who", "please", "thank", "thanks", "regards", "dear", "kind", "best", "hello", "hi",
        "would", "could", "can", "will", "shall", "should", "may", "as", "at", "by", "from", "about", "any", "some", "there", "their",
        "they", "them", "if", "not", "no", "yes", "so", "also", "just", "question", "questions", "let", "know", "sir", "madam", "ltd",
        "before", "after", "few", "get", "need", "needs", "make", "take", "use", "want", "like", "ask", "asks", "based", "much", "many",
        "does", "did", "whether", "would", "into", "out", "up", "than", "then", "very", "too", "last", "next", "other", "week", "today", "tomorrow", "team",
    };

    /// <summary>The words of <paramref name="text"/> without stop words, in order, with their stems.</summary>
    public static IReadOnlyList<KnowledgeTerm> Terms(string? text)
    {
        var terms = new List<KnowledgeTerm>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        foreach (Match match in Word().Matches(text))
        {
            var folded = TextFolding.Fold(match.Value);
            var isNumber = char.IsDigit(folded[0]);
            if ((folded.Length < 2 && !isNumber) || StopWords.Contains(folded))
            {
                continue;
            }

            terms.Add(new KnowledgeTerm(isNumber ? folded : Stem(folded), match.Value));
        }

        return terms;
    }

    /// <summary>
    /// A light stem of a folded word: umlauts as their base vowel (so plural "knoepfe" meets "knopf") and common German and
    /// English endings cut while at least four letters stay.
    /// </summary>
    public static string Stem(string folded)
    {
        var word = folded.Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal)
            .Replace("ue", "u", StringComparison.Ordinal);
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static readonly string[] Endings = ["ungen", "ung", "ing", "en", "er", "es", "ed", "em", "e", "n", "s"];

    /// <summary>Letters and digits; a number keeps its inner separators ("10.000", "1,5") as one word.</summary>
    [GeneratedRegex(@"\d+(?:[.,]\d+)*|[\p{L}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
