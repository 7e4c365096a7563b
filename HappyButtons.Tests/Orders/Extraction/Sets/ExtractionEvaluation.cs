using System.Globalization;
using System.Text;
using HappyButtons.Engine.Orders.Extraction;

namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Line-level counts of one group of orders: a line is right when its SKU and quantity both are.</summary>
public sealed record Score(string Group, int Orders, int Expected, int Predicted, int Correct, int PoRight, int PricesRight, int PricesExpected,
    int DatesRight, int DatesExpected)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Group} | {Orders} | {Expected} | {Predicted} | {Correct} | {Precision:0.000} | {Recall:0.000} | {F1:0.000} | {PoRight}/{Orders} | {PricesRight}/{PricesExpected} | {DatesRight}/{DatesExpected} |");
}

/// <summary>Runs the extraction over a set and scores it per format and overall; lists what went wrong for the developer.</summary>
public static class ExtractionEvaluation
{
    public static (IReadOnlyList<Score> Scores, string Mistakes) Run(IReadOnlyList<(OrderCase Case, byte[]? Pdf)> set)
    {
        var extractor = TestCatalog.Extractor();
        var results = new List<(OrderCase Case, PurchaseOrderExtraction Result)>();
        var mistakes = new StringBuilder();
        foreach (var (order, pdf) in set)
        {
            var input = new PurchaseOrderInput(order.Subject, order.Body, pdf is null ? [] : [new PdfAttachment(order.Pdf!, pdf)], order.ReceivedOn);
            var result = extractor.Extract(input, TestCatalog.For(order.Customer));
            results.Add((order, result));
            var got = result.Lines.Select(l => $"{l.Sku ?? "?"} x {l.Quantity}").ToList();
            var want = order.Expected.Lines.Select(l => $"{l.Sku} x {l.Quantity}").ToList();
            if (!got.Order().SequenceEqual(want.Order()) || result.PoNumber?.Value != order.Expected.PoNumber)
            {
                mistakes.AppendLine($"{order.Id} ({order.Format}): want [{string.Join(", ", want)}] PO {order.Expected.PoNumber}; got [{string.Join(", ", got)}] PO {result.PoNumber?.Value}");
            }
        }

        var scores = results.GroupBy(r => r.Case.Format).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Tally(g.Key, g.ToList())).ToList();
        scores.Add(Tally("overall", results));
        return (scores, mistakes.ToString());
    }

    public static string Table(IReadOnlyList<Score> scores) =>
        "| format | orders | expected lines | extracted lines | correct | precision | recall | F1 | PO number | unit price | delivery date |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|\n" + string.Join("\n", scores.Select(s => s.Row()));

    private static Score Tally(string group, IReadOnlyList<(OrderCase Case, PurchaseOrderExtraction Result)> results)
    {
        int expected = 0, predicted = 0, correct = 0, poRight = 0, pricesRight = 0, pricesExpected = 0, datesRight = 0, datesExpected = 0;
        foreach (var (order, result) in results)
        {
            expected += order.Expected.Lines.Count;
            predicted += result.Lines.Count;
            poRight += result.PoNumber?.Value == order.Expected.PoNumber ? 1 : 0;
            var unmatched = result.Lines.ToList();
            foreach (var want in order.Expected.Lines)
            {
                var hit = unmatched.FirstOrDefault(l => l.Sku == want.Sku && l.Quantity == want.Quantity);
                if (want.UnitPrice is not null)
                {
                    pricesExpected++;
                    pricesRight += hit?.UnitPrice == want.UnitPrice ? 1 : 0;
                }

                if (want.DeliveryDate is not null)
                {
                    datesExpected++;
                    datesRight += hit?.DeliveryDate == want.DeliveryDate ? 1 : 0;
                }

                if (hit is not null)
                {
                    correct++;
                    unmatched.Remove(hit);
                }
            }
        }

        return new Score(group, results.Count, expected, predicted, correct, poRight, pricesRight, pricesExpected, datesRight, datesExpected);
    }
}
