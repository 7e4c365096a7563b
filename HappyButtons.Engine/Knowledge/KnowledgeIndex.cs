using System.Collections.Concurrent;
using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Engine.Knowledge;

/// <summary>What to look for: the question (a search box's words or a whole mail), optionally its language (de | en) and intent.</summary>
public sealed record KnowledgeQuery(string Text, string? Language = null, string? Intent = null, int Limit = 10);

/// <summary>
/// One article found: its score (BM25, unbounded), the confidence 0..1 that it answers the question (from the score and its
/// lead over the next topic), and the words of the question that matched it, as the customer wrote them.
/// </summary>
public sealed record KnowledgeHit(KnowledgeArticle Article, double Score, double Confidence, IReadOnlyList<string> MatchedWords);

/// <summary>
/// A ranked text index over a set of articles, in memory. BM25 over title (weight 3), keywords (2.5) and body (0.6: words the text uses in passing count less); a
/// question word also matches part of a compound ("wasch" in "Waschtemperatur") at half weight; an article written for
/// the question's intent ranks a little higher.
/// </summary>
public sealed class KnowledgeIndex
{
    private const double TitleWeight = 3.0;
    private const double KeywordWeight = 2.5;
    private const double BodyWeight = 0.6;
    private const double PartialWeight = 0.5;
    private const double K1 = 3.0;
    private const double B = 0.5;

    /// <summary>The score at which confidence is 0.5 before the lead over the next topic counts (calibrated on the tests' questions).</summary>
    public const double HalfConfidenceScore = 4.0;

    private sealed record Entry(KnowledgeArticle Article, Dictionary<string, double> Weights, double Length, HashSet<string> Intents);

    private readonly IReadOnlyList<Entry> _entries;

    /// <summary>
    /// Per question word, its frequency in every article: mails repeat their words, and the compound matching scans every
    /// word of every article. Bounded; cleared when full.
    /// </summary>
    private readonly ConcurrentDictionary<string, (double Weight, bool Exact)[]> _frequencies = new(StringComparer.Ordinal);

    private const int MaxRemembered = 50_000;

    private KnowledgeIndex(IReadOnlyList<Entry> entries) => _entries = entries;

    public int Count => _entries.Count;

    public static KnowledgeIndex Build(IEnumerable<KnowledgeArticle> articles) => new(articles.Select(Index).ToList());

    public IReadOnlyList<KnowledgeHit> Search(KnowledgeQuery query)
    {
        var terms = QueryTerms(query.Text);
        if (terms.Count == 0)
        {
            return [];
        }

        var positions = Enumerable.Range(0, _entries.Count).ToList();
        if (query.Language is { } language && _entries.Any(e => e.Article.Language == language))
        {
            positions = positions.Where(p => _entries[p].Article.Language == language).ToList();
        }

        if (positions.Count == 0)
        {
            return [];
        }

        var candidates = positions.Select(p => _entries[p]).ToList();
        // Per article and question word: the weighted frequency (exact, else the best partial match).
        var byTerm = terms.Select(t => Frequencies(t.Stem)).ToArray();
        var frequencies = positions.Select(p => byTerm.Select(f => f[p]).ToArray()).ToList();
        var averageLength = candidates.Average(e => e.Length);
        var idf = terms.Select((_, i) =>
        {
            // A document that has the word only as part of a compound counts half: "liefer" in many articles must not
            // make "Lieferzeit" a common word.
            var df = frequencies.Sum(f => f[i].Exact ? 1.0 : f[i].Weight > 0 ? 0.5 : 0);
            return Math.Log(1 + (candidates.Count - df + 0.5) / (df + 0.5));
        }).ToArray();

        var scored = new List<(Entry Entry, double Score, List<(string Word, double Part)> Parts)>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var entry = candidates[c];
            var parts = new List<(string, double)>();
            var score = 0.0;
            for (var i = 0; i < terms.Count; i++)
            {
                var tf = frequencies[c][i].Weight;
                if (tf <= 0)
                {
                    continue;
                }

                var saturated = tf * (K1 + 1) / (tf + K1 * (1 - B + B * entry.Length / averageLength));
                var part = idf[i] * saturated * terms[i].Weight;
                score += part;
                parts.Add((terms[i].Surface, part));
            }

            if (score <= 0)
            {
                continue;
            }

            if (query.Intent is { Length: > 0 } intent && entry.Intents.Count > 0)
            {
                score *= entry.Intents.Contains(intent) ? 1.15 : 0.85;
            }

            scored.Add((entry, score, parts));
        }

        var ranked = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Entry.Article.Id).ToList();
        return ranked.Take(Math.Max(1, query.Limit)).Select(hit =>
        {
            // The lead over the best article of another topic: two topics that fit equally well make neither certain.
            var next = ranked.Where(r => r.Entry.Article.Topic != hit.Entry.Article.Topic).Select(r => r.Score).DefaultIfEmpty(0).Max();
            var lead = hit.Score > 0 ? Math.Clamp((hit.Score - next) / hit.Score, 0, 1) : 0;
            // One matching word is a hint, not an answer: "Verein" in a club's invitation is not "Vereinigtes Königreich".
            var confidence = hit.Score / (hit.Score + HalfConfidenceScore) * (0.7 + 0.3 * lead) * (hit.Parts.Count > 1 ? 1 : 0.6);
            var words = hit.Parts.OrderByDescending(p => p.Part).Select(p => p.Word).Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();
            return new KnowledgeHit(hit.Entry.Article, Math.Round(hit.Score, 4), Math.Round(confidence, 3), words);
        }).ToList();
    }

    private sealed record QueryTerm(string Stem, string Surface, double Weight);

    /// <summary>The distinct words of the question; a word repeated counts a little more (a mail about washing says "wash" twice).</summary>
    private static List<QueryTerm> QueryTerms(string text) =>
        KnowledgeText.Terms(text).GroupBy(t => t.Stem)
            .Select(g => new QueryTerm(g.Key, g.First().Surface, Math.Sqrt(Math.Min(g.Count(), 3))))
            .ToList();

    private (double Weight, bool Exact)[] Frequencies(string stem)
    {
        if (_frequencies.TryGetValue(stem, out var known))
        {
            return known;
        }

        if (_frequencies.Count >= MaxRemembered)
        {
            _frequencies.Clear();
        }

        return _frequencies[stem] = _entries.Select(e => Frequency(e, stem)).ToArray();
    }

    private static (double Weight, bool Exact) Frequency(Entry entry, string stem)
    {
        if (entry.Weights.TryGetValue(stem, out var exact))
        {
            return (exact, true);
        }

        if (stem.Length < 4 || char.IsDigit(stem[0]))
        {
            return (0, false);
        }

        var best = 0.0;
        foreach (var (token, weight) in entry.Weights)
        {
            if (weight > best && token.Length >= 4 && !char.IsDigit(token[0]) && PartOf(stem, token))
            {
                best = weight;
            }
        }

        return (best * PartialWeight, false);
    }

    /// <summary>
    /// One word is part of the other: the start of a compound ("wasch" / "waschtemperatur"), or its end or middle when the
    /// shorter has at least five letters ("echtheit" / "farbechtheit").
    /// </summary>
    private static bool PartOf(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.StartsWith(shorter, StringComparison.Ordinal) || (shorter.Length >= 5 && longer.Contains(shorter, StringComparison.Ordinal));
    }

    private static Entry Index(KnowledgeArticle article)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string? text, double weight)
        {
            foreach (var term in KnowledgeText.Terms(text))
            {
                weights[term.Stem] = weights.GetValueOrDefault(term.Stem) + weight;
            }
        }

        Add(article.Title, TitleWeight);
        Add(article.Keywords.Replace(',', ' '), KeywordWeight);
        Add(article.Body, BodyWeight);
        var intents = article.Intents.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return new Entry(article, weights, Math.Max(1, weights.Values.Sum()), intents);
    }
}
