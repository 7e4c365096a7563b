using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>What a column of an order table holds.</summary>
public enum ColumnKind { Position, Article, Description, Quantity, Unit, UnitPrice, PriceUnit, Total, DeliveryDate, PackContent, Other }

/// <summary>
/// A column: what it holds, where its header stands, for prices per 100 or 1,000 pieces the divisor, and for quantities
/// counted in gross or thousands ("Qty (gross)", "Menge Tsd.") the pieces in one.
/// </summary>
public sealed record TableColumn(ColumnKind Kind, LayoutCell Header, decimal PriceDivisor = 1m, decimal CountFactor = 1m);

/// <summary>
/// The header row of an order table, German or English ("Pos. | Art.-Nr. | Bezeichnung | Menge | Preis/100 Stk |
/// Gesamt", "Item | Part no. | Description | Qty | Unit price | Delivery date"), and how a data row's cells fall into
/// its columns: by position under the headers, or one to one when a row has exactly as many cells as the header.
/// </summary>
public sealed partial record TableHeader(IReadOnlyList<TableColumn> Columns, bool FromPdf)
{
    /// <summary>
    /// The header this row is, or null: at least three known column titles, among them a quantity and an article or
    /// description. Under a part named above (<paramref name="partNamedAbove"/>), a delivery date and a quantity are
    /// enough ("Termin | Abrufmenge | FZ kumuliert"): each row is a delivery of that part.
    /// </summary>
    public static TableHeader? TryRead(LayoutRow row, bool partNamedAbove = false)
    {
        if (row.Cells.Count < 3)
        {
            return null;
        }

        var columns = new List<TableColumn>();
        foreach (var cell in row.Cells.SelectMany(SplitQuantityTitle))
        {
            // A title this reader does not know still holds a column, so its cells do not spill into the neighbours.
            var kind = cell.Text.Length > 40 ? null : Kind(cell.Text);
            if (kind is null)
            {
                columns.Add(new TableColumn(ColumnKind.Other, cell));
                continue;
            }

            // Titles carry no figures, except a price's quantity ("Preis/100"): a row with "50.000 Stk" is data, not a header.
            if (cell.Text.Any(char.IsAsciiDigit) && kind is not (ColumnKind.UnitPrice or ColumnKind.PriceUnit))
            {
                return null;
            }

            columns.Add(new TableColumn(kind.Value, cell, kind == ColumnKind.UnitPrice ? Divisor(cell.Text) : 1m,
                kind == ColumnKind.Quantity && CountWord().Match(cell.Text) is { Success: true } count ? NumberReader.Multiplier(count.Value) : 1m));
        }

        // "Units" over figures in a table without a quantity column says how many units, not which.
        if (columns.All(c => c.Kind != ColumnKind.Quantity) && columns.FindIndex(c => c.Kind is ColumnKind.Unit or ColumnKind.Other && UnitsCounted().IsMatch(c.Header.Text)) is >= 0 and var units)
        {
            columns[units] = columns[units] with { Kind = ColumnKind.Quantity };
        }

        // "Cartons | Pcs/carton | Total pcs": the pieces in all are the quantity when no column counts them otherwise.
        if (columns.All(c => c.Kind != ColumnKind.Quantity) && columns.FindIndex(c => c.Kind == ColumnKind.Total && PiecesInAll().IsMatch(c.Header.Text)) is >= 0 and var all)
        {
            columns[all] = columns[all] with { Kind = ColumnKind.Quantity };
        }

        // "Kartons | Stk/Karton": the count of packs beside what one holds is the quantity, counted in packs.
        if (columns.All(c => c.Kind != ColumnKind.Quantity) && columns.Any(c => c.Kind == ColumnKind.PackContent)
            && columns.FindIndex(c => c.Kind == ColumnKind.Other && PackTitle().IsMatch(c.Header.Text)) is >= 0 and var packs)
        {
            columns[packs] = columns[packs] with { Kind = ColumnKind.Quantity };
        }

        var kinds = columns.Select(c => c.Kind).ToHashSet();
        var known = columns.Count(c => c.Kind is not (ColumnKind.Other or ColumnKind.PackContent));
        var names = kinds.Contains(ColumnKind.Article) || kinds.Contains(ColumnKind.Description);
        var datesThePart = partNamedAbove && !names && kinds.Contains(ColumnKind.DeliveryDate);
        return known >= (datesThePart ? 2 : 3) && kinds.Contains(ColumnKind.Quantity) && (names || datesThePart)
            && known * 2 >= row.Cells.Count
            ? new TableHeader(columns, row.FromPdf)
            : null;
    }

    /// <summary>
    /// A right-aligned quantity title can run into the next title ("Qty Unit price EUR"): the quantity is a column of its
    /// own, its share of the cell reckoned by its letters.
    /// </summary>
    private static IEnumerable<LayoutCell> SplitQuantityTitle(LayoutCell cell)
    {
        var space = cell.Text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || Kind(cell.Text[..space]) != ColumnKind.Quantity
            || Kind(cell.Text[(space + 1)..]) is null or ColumnKind.Quantity or ColumnKind.Unit)
        {
            return [cell];
        }

        var width = (cell.Right - cell.Left) / cell.Text.Length;
        return [new LayoutCell(cell.Text[..space], cell.Left, cell.Left + space * width),
            new LayoutCell(cell.Text[(space + 1)..], cell.Left + (space + 1) * width, cell.Right)];
    }

    /// <summary>The cells of a data row by column; a cell between two columns goes to the one it overlaps most, else the nearest.</summary>
    public IReadOnlyList<(TableColumn Column, string Text)> Assign(LayoutRow row)
    {
        var assigned = new List<(TableColumn, string)>();
        if (!row.FromPdf && row.Cells.Count == Columns.Count && !FromPdf)
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                assigned.Add((Columns[i], row.Cells[i].Text));
            }

            return assigned;
        }

        var byColumn = new Dictionary<TableColumn, List<string>>();
        foreach (var cell in row.Cells)
        {
            var column = Columns.MaxBy(c => Overlap(c.Header, cell));
            if (column is null || Overlap(column.Header, cell) <= 0)
            {
                column = Columns.MinBy(c => Distance(c.Header, cell));
            }

            if (column is not null)
            {
                (byColumn.TryGetValue(column, out var texts) ? texts : byColumn[column] = []).Add(cell.Text);
            }
        }

        var assigned2 = Columns.Where(byColumn.ContainsKey).Select(c => (c, string.Join(" ", byColumn[c]))).ToList();
        return ByOrderOfFigures(row, assigned2) ?? assigned2;
    }

    /// <summary>
    /// Tables laid out with spaces in a proportional font do not line up: the figures of a row then stand under the wrong
    /// titles. When a row has exactly as many figures right of the text columns as the header has figure columns
    /// (quantity, price, per, total), they are taken in order, left to right.
    /// </summary>
    private List<(TableColumn, string)>? ByOrderOfFigures(LayoutRow row, List<(TableColumn Column, string Text)> assigned)
    {
        var figureColumns = Columns.Where(c => c.Kind is ColumnKind.Quantity or ColumnKind.PackContent or ColumnKind.UnitPrice or ColumnKind.PriceUnit or ColumnKind.Total)
            .OrderBy(c => c.Header.Left).ToList();
        if (figureColumns.Count < 2)
        {
            return null;
        }

        var textStart = Columns.Where(c => c.Kind is ColumnKind.Description or ColumnKind.Article && c.Header.Left < figureColumns[0].Header.Left)
            .Select(c => c.Header.Left).DefaultIfEmpty(double.MinValue).Max();
        var figures = row.Cells.Where(c => c.Left > textStart && Figure().IsMatch(c.Text)).OrderBy(c => c.Left).ToList();
        if (figures.Count != figureColumns.Count)
        {
            return null;
        }

        var inPlace = figures.Select((cell, i) => assigned.Any(a => a.Column == figureColumns[i] && a.Text.Contains(cell.Text, StringComparison.Ordinal))).All(x => x);
        if (inPlace)
        {
            return null;
        }

        var result = assigned.Where(a => !figureColumns.Contains(a.Column)).Select(a => (a.Column, RemoveAll(a.Text, figures))).Where(a => a.Item2.Length > 0).ToList();
        result.AddRange(figureColumns.Select((column, i) => (column, figures[i].Text)));
        return result;
    }

    private static string RemoveAll(string text, IEnumerable<LayoutCell> cells) =>
        cells.Aggregate(text, (t, c) => t.Replace(c.Text, "", StringComparison.Ordinal)).Trim();

    private static double Overlap(LayoutCell a, LayoutCell b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);

    private static double Distance(LayoutCell a, LayoutCell b) => Math.Max(0, Math.Max(a.Left - b.Right, b.Left - a.Right));

    /// <summary>What a column title names, or null when it names nothing an order line needs.</summary>
    public static ColumnKind? Kind(string title)
    {
        var folded = ProductDescription.Fold(title).Replace('.', ' ').Replace('-', ' ').Replace(',', ' ');
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return null;
        }

        bool Has(params string[] words) => tokens.Any(t => words.Any(w => w.Length >= 5 ? t.Contains(w, StringComparison.Ordinal) : t == w));

        // "Pcs/carton", "Stk je VE": what one pack holds, not how many are ordered.
        if (PerPack().IsMatch(title))
        {
            return ColumnKind.PackContent;
        }

        if (Has("gesamt", "summe", "betrag", "amount", "montant", "total", "extended", "warenwert", "nettowert", "wert", "gp", "value", "net value"))
        {
            return ColumnKind.Total;
        }

        if (Has("preiseinheit", "pe") || (Has("price") && Has("unit") && Array.IndexOf(tokens, "unit") > Array.IndexOf(tokens, "price")))
        {
            return ColumnKind.PriceUnit;
        }

        if (Has("preis", "price", "prix", "ep", "rate", "epreis") || CurrencyPer().IsMatch(title) || PrixUnitaire().IsMatch(title))
        {
            return ColumnKind.UnitPrice;
        }

        if (Has("menge", "anzahl", "anz", "quantity", "stueckzahl", "quantite", "qty", "stk", "pcs", "stueck", "qte", "qnty", "abrufmenge"))
        {
            return ColumnKind.Quantity;
        }

        if (Has("pos", "position", "lfd", "line", "zeile", "#"))
        {
            return ColumnKind.Position;
        }

        if (Has("bezeichnung", "beschreibung", "description", "designation", "benennung", "kurztext", "langtext", "artikeltext")
            || (Has("product", "produkt", "text") && !Has("nr", "no", "code", "nummer", "number", "id")))
        {
            return ColumnKind.Description;
        }

        if (Has("nr", "no", "nummer", "number", "code", "sku", "ref", "referenz", "artikelnummer", "materialnummer", "sachnummer", "teilenummer", "partno", "artnr", "matnr"))
        {
            return ColumnKind.Article;
        }

        if (Has("termin", "datum", "date", "delivery", "due", "required", "eta", "wunsch", "kw", "week", "lieferung", "liefertag", "lt"))
        {
            return ColumnKind.DeliveryDate;
        }

        if (Has("me", "einheit", "einh", "unit", "uom", "eh", "vpe"))
        {
            return ColumnKind.Unit;
        }

        if (Has("art", "artikel", "article", "material", "part", "item", "teil", "mat"))
        {
            return ColumnKind.Article;
        }

        return null;
    }

    /// <summary>Whether a quantity column counts packs ("Anz. VE", "Cartons", "Qty (ctns)"): its figure times what one pack holds is the pieces.</summary>
    public static bool CountsPacks(TableColumn column) => column.Kind == ColumnKind.Quantity && PackTitle().IsMatch(column.Header.Text);

    /// <summary>"Preis/100 Stk", "Price per 1,000", "€/1000": the unit price is the column's value divided by that.</summary>
    private static decimal Divisor(string title)
    {
        var match = PerQuantity().Match(title);
        if (match.Success && match.Groups["w"].Success)
        {
            return NumberReader.Multiplier(match.Groups["w"].Value);
        }

        return match.Success && NumberReader.Parse(match.Groups["n"].Value, thousandsWhenAmbiguous: true) is { } n && n >= 2 ? n : 1m;
    }

    [GeneratedRegex(@"^(?:€|EUR|\$|USD)?\s*\d[\d.,'\u00A0\u202F]*\s*(?:€|EUR|USD|Stk\.?|pcs|ST)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?:/|\bper\b|\bje\b|\bpro\b)\s*(?:(?<n>\d[\d.,]*)|(?<w>tsd|tausend|thousand|gros|gross)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PerQuantity();

    /// <summary>"EUR/1000", "€ per 100": a price for so many pieces.</summary>
    [GeneratedRegex(@"^\s*(?:€|EUR|USD|CHF)\s*(?:/|per|je|pro)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyPer();

    [GeneratedRegex(@"\b(?:tsd|tausend|thousands?|gros|gross)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();

    [GeneratedRegex(@"\b(?:pcs|pieces|stk|stück|stueck|st|qty|menge|inhalt|content)\.?\s*(?:/|\bper\b|\bje\b|\bpro\b)\s*(?:VE|VPE|KRT|Kartons?|cartons?|ctns?|box|case|pack|packs|Packung|Beutel|bags?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerPack();

    [GeneratedRegex(@"\b(?:pcs|pieces|stk|stück|stueck|qty|quantity|menge)\b|gesamtmenge", RegexOptions.IgnoreCase)]
    private static partial Regex PiecesInAll();

    [GeneratedRegex(@"\b(?:VE|VPE|KRT|Kartons?|cartons?|ctns?|boxes|box|cases?|packs?|Gebinde)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PackTitle();

    [GeneratedRegex(@"^\s*units\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitsCounted();

    /// <summary>"P.U. € HT", "PU HT": the French prix unitaire.</summary>
    [GeneratedRegex(@"^\s*P\.?\s?U\.?(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PrixUnitaire();
}
