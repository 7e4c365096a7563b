using System.Text.RegularExpressions;
using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>A product named in a text: by our SKU, the customer's alias, or (Product null) an article number of ours we do not know.</summary>
public sealed record ProductMention(Product? Product, ProductMatchKind Kind, string Code, int Index, int Length);

/// <summary>The outcome of matching a description: the product, or the candidates that fit equally well.</summary>
public sealed record DescriptionMatch(Product? Product, int Score, IReadOnlyList<Product> Tied);

/// <summary>
/// Finds products in order text against one customer's view of the catalog: article numbers (ours or the customer's
/// own), and descriptions compared attribute by attribute (<see cref="ProductDescription"/>).
/// </summary>
public sealed partial class ProductMatcher
{
    private readonly CatalogSnapshot _catalog;
    private readonly List<(Product Product, ProductDescription Description)> _described;
    private readonly List<(Product Product, string[] Words)> _ownWords;

    public ProductMatcher(CatalogSnapshot catalog)
    {
        _catalog = catalog;
        _described = catalog.Products.Where(p => p.Active)
            .Select(p => (p, ProductDescription.Of($"{p.Name} {p.Material} {p.Colour}", p.SizeLignes))).ToList();
        var nameWords = _described.Select(d => (d.Product, Words: NameWords(d.Product.Name))).ToList();
        _ownWords = nameWords.Select(n => (n.Product, n.Words.Where(w => nameWords.Count(o => o.Words.Contains(w)) == 1).ToArray())).ToList();
    }

    public CatalogSnapshot Catalog => _catalog;

    /// <summary>The article numbers in <paramref name="text"/> that are ours, the customer's aliases, or look like ours (HB-…) but are unknown.</summary>
    public IReadOnlyList<ProductMention> Mentions(string text)
    {
        var mentions = new List<ProductMention>();
        foreach (Match token in CodeToken().Matches(text))
        {
            var code = token.Value.TrimEnd('.', '/');
            if (_catalog.BySku(code) is { } product)
            {
                mentions.Add(new ProductMention(product, ProductMatchKind.Sku, code, token.Index, code.Length));
            }
            else if (_catalog.ByAlias(code) is { } aliased)
            {
                mentions.Add(new ProductMention(aliased, ProductMatchKind.Alias, code, token.Index, code.Length));
            }
            else if (OwnSkuShape().IsMatch(code))
            {
                var similar = Resembled(code, text.Remove(token.Index, code.Length));
                mentions.Add(new ProductMention(similar, similar is null ? ProductMatchKind.None : ProductMatchKind.SimilarSku, code, token.Index, code.Length));
            }
        }

        // "HB 4711": our SKU typed with a space instead of the hyphen.
        foreach (Match spaced in SpacedOwnSku().Matches(text))
        {
            if (_catalog.BySku("HB-" + spaced.Groups["rest"].Value.ToUpperInvariant()) is { } product
                && !mentions.Any(m => m.Index < spaced.Index + spaced.Length && spaced.Index < m.Index + m.Length && m.Product is not null))
            {
                mentions.RemoveAll(m => m.Index < spaced.Index + spaced.Length && spaced.Index < m.Index + m.Length);
                mentions.Add(new ProductMention(product, ProductMatchKind.Sku, spaced.Value, spaced.Index, spaced.Length));
            }
        }

        // "73-4410-200 (HB-9001)": the customer's number and ours side by side name one product once.
        var ordered = mentions.OrderBy(m => m.Index).ToList();
        for (var k = ordered.Count - 1; k > 0; k--)
        {
            var (first, second) = (ordered[k - 1], ordered[k]);
            if (first.Product is not null && first.Product == second.Product
                && Between().IsMatch(text[Math.Min(first.Index + first.Length, second.Index)..second.Index]))
            {
                ordered[k - 1] = first with { Length = second.Index + second.Length - first.Index };
                ordered.RemoveAt(k);
            }
        }

        return ordered;
    }

    /// <summary>
    /// The product a mistyped article number of ours means, as a clerk reads it against the catalog: the one SKU it equals
    /// but for hyphens ("HB-HH2600"), or the one SKU a single typing slip away ("HB-60020") whose description the row fits.
    /// </summary>
    private Product? Resembled(string code, string row)
    {
        var plain = Plain(code);
        var close = _described.Where(d => OneSlipApart(plain, Plain(d.Product.Sku))).ToList();
        if (close.Count(d => Plain(d.Product.Sku) == plain) == 1)
        {
            return close.Single(d => Plain(d.Product.Sku) == plain).Product;
        }

        var wanted = ProductDescription.Of(row);
        var fitting = wanted.Facets < 2 ? [] : close.Where(d => wanted.Score(d.Description) is >= 4).ToList();
        return fitting.Count == 1 ? fitting[0].Product : null;
    }

    private static string Plain(string code) => code.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Equal, or one character added, left out, changed, or two neighbours swapped.</summary>
    private static bool OneSlipApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        if (start == a.Length && start == b.Length)
        {
            return true;
        }

        var (restA, restB) = (a[start..], b[start..]);
        return restA.Length == restB.Length
            ? restA[1..] == restB[1..] || (restA.Length > 1 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..] == restB[2..])
            : restA.Length > restB.Length ? restA[1..] == restB : restB[1..] == restA;
    }

    /// <summary>The product a code in an article column names: ours, the customer's alias, or null.</summary>
    public ProductMention? Code(string cell)
    {
        foreach (Match token in CodeToken().Matches(cell))
        {
            var code = token.Value.TrimEnd('.', '/');
            if (_catalog.BySku(code) is { } product)
            {
                return new ProductMention(product, ProductMatchKind.Sku, code, 0, code.Length);
            }

            if (_catalog.ByAlias(code) is { } aliased)
            {
                return new ProductMention(aliased, ProductMatchKind.Alias, code, 0, code.Length);
            }
        }

        return _catalog.ByAlias(cell) is { } whole ? new ProductMention(whole, ProductMatchKind.Alias, cell, 0, cell.Length) : null;
    }

    /// <summary>
    /// The active product a description fits best: at least two attributes named (e.g. material and size), none
    /// contradicting, and no other product fitting as well; or a kind named by several words ("sample assortment of shirt
    /// buttons"), or a material only one product is made of. Ties come back as candidates without a product.
    /// </summary>
    public DescriptionMatch? Describe(string text) => Describe(ProductDescription.Of(text));

    public DescriptionMatch? Describe(ProductDescription wanted)
    {
        if (wanted.Facets < 2 && wanted.Kinds.Count < 2)
        {
            return wanted.Materials.Count > 0 && wanted.Facets == 1 && MadeOfOnly(wanted) is { } sole ? new DescriptionMatch(sole, 3, []) : null;
        }

        var scored = _described.Select(d => (d.Product, Score: wanted.Score(d.Description))).Where(s => s.Score is >= 3)
            .OrderByDescending(s => s.Score).ToList();
        if (scored.Count == 0)
        {
            return new DescriptionMatch(null, 0, []);
        }

        var best = scored[0].Score!.Value;
        var tied = scored.Where(s => s.Score == best).Select(s => s.Product).ToList();
        return tied.Count == 1 ? new DescriptionMatch(tied[0], best, []) : new DescriptionMatch(null, best, tied);
    }

    /// <summary>"die Perlmuttknöpfe": the one active product of a material no other product is made of.</summary>
    private Product? MadeOfOnly(ProductDescription wanted) =>
        _described.Where(d => wanted.Score(d.Description) is not null).Select(d => d.Product).ToList() is [var sole] ? sole : null;

    /// <summary>
    /// The one product whose name alone holds a word of <paramref name="text"/> ("Sortimentskästen Basic", "Knöpfe mit Splint"),
    /// when the rest of the description does not contradict it; null when no product or several have such a word.
    /// </summary>
    public DescriptionMatch? ByOwnWord(string text, ProductDescription wanted)
    {
        var words = NameWords(text);
        var named = _ownWords.Where(o => o.Words.Any(w => words.Any(t => t.StartsWith(w, StringComparison.Ordinal) && t.Length - w.Length <= 2)))
            .Select(o => o.Product).ToList();
        return named.Count == 1 && _described.Single(d => d.Product == named[0]).Description is var own && wanted.Score(own) is { } score
            ? new DescriptionMatch(named[0], Math.Max(3, score + 1), [])
            : null;
    }

    /// <summary>The words of a name worth comparing: folded, five letters or more, neither a colour nor a word for buttons ("Knöpfe").</summary>
    private static string[] NameWords(string text) =>
        ProductDescription.Fold(text).Split([' ', '-', ',', '.', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 5 && w.All(char.IsLetter) && !ButtonOnly().IsMatch(w) && ProductDescription.Of(w).Colour is null).Distinct().ToArray();

    /// <summary>
    /// The products a sentence declining goods names: by article number, else every product its description fits in all
    /// it names ("die Jeansknöpfe bitte nicht": every jeans button).
    /// </summary>
    public IReadOnlyList<Product> Declined(string sentence)
    {
        var named = Mentions(sentence).Where(m => m.Product is not null).Select(m => m.Product!).ToList();
        if (named.Count > 0)
        {
            return named;
        }

        var wanted = ProductDescription.Of(sentence);
        return wanted.IsEmpty ? [] : _described.Where(d => wanted.FitsWholly(d.Description)).Select(d => d.Product).ToList();
    }

    /// <summary>Whether a text speaks of buttons at all (an unmatched line that does is an unknown product, not noise).</summary>
    public static bool SpeaksOfButtons(string text) => ButtonWord().IsMatch(text);

    [GeneratedRegex(@"(?<![\w-])[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)+(?![\w-])|(?<![\w-])[A-Za-z]*\d[A-Za-z0-9]*(?![\w-])")]
    private static partial Regex CodeToken();

    [GeneratedRegex(@"(?<![\w-])HB (?<rest>\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w-])")]
    private static partial Regex SpacedOwnSku();

    [GeneratedRegex(@"^[\s()/,;:=-]*$")]
    private static partial Regex Between();

    [GeneratedRegex(@"kn(?:o|ö|oe)pf|button")]
    private static partial Regex ButtonOnly();

    [GeneratedRegex(@"^HB-[A-Z0-9]+(?:-[A-Z0-9]+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnSkuShape();

    [GeneratedRegex(@"kn(?:o|ö|oe)pf|button|snap|toggle|knebel|clip|niet|rivet|fastener|sortiment|assortment", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonWord();
}
