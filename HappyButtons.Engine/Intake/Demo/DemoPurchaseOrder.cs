using System.Globalization;
using HappyButtons.Engine.Documents;

namespace HappyButtons.Engine.Intake.Demo;

internal sealed record DemoOrderLine(string ArticleNumber, string Description, int Quantity, decimal UnitPrice);

/// <summary>A customer's purchase order (Bestellung) as the customer's ERP would print it, as a text PDF.</summary>
internal sealed record DemoPurchaseOrder(
    string Customer,
    string CustomerAddress,
    string OrderNumber,
    string CustomerNumber,
    string? Contract,
    DateOnly OrderDate,
    DateOnly DeliveryDate,
    string Buyer,
    IReadOnlyList<DemoOrderLine> Lines)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public byte[] ToPdf() => SimpleTextPdf.FromLines(TextLines());

    public IReadOnlyList<string> TextLines()
    {
        var lines = new List<string>
        {
            Customer,
            CustomerAddress,
            "",
            "Happy Buttons GmbH · Vertrieb · Knopfstraße 12 · 90402 Nürnberg",
            "",
            "BESTELLUNG " + OrderNumber,
            "",
            "Bestell-Nr.: " + OrderNumber + "     Datum: " + OrderDate.ToString("dd.MM.yyyy", German),
            "Unsere Kd-Nr. bei Ihnen: " + CustomerNumber + (Contract is null ? "" : "     Rahmenvertrag: " + Contract),
            "Gewünschter Liefertermin: " + DeliveryDate.ToString("dd.MM.yyyy", German) + "     Besteller: " + Buyer,
            "",
            "Pos.   Art.-Nr.        Bezeichnung                                      Menge     Preis/Stk.        Gesamt",
            "-------------------------------------------------------------------------------------------------------------",
        };
        var total = 0m;
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var amount = line.Quantity * line.UnitPrice;
            total += amount;
            lines.Add(string.Create(German,
                $"{(i + 1) * 10,-6} {line.ArticleNumber,-15} {line.Description,-45} {line.Quantity,8:N0} {line.UnitPrice,12:N4} € {amount,12:N2} €"));
        }

        lines.AddRange(
        [
            "-------------------------------------------------------------------------------------------------------------",
            string.Create(German, $"Gesamtbetrag netto: {total:N2} €"),
            "",
            "Lieferbedingung: DAP gemäß Incoterms 2020, frei Haus.",
            "Zahlungsbedingung: 30 Tage netto, 14 Tage 2 % Skonto.",
            "Bitte geben Sie auf Lieferschein und Rechnung unsere Bestell-Nr. an.",
            "",
            "Mit freundlichen Grüßen",
            Buyer,
            "Einkauf, " + Customer,
        ]);
        return lines;
    }
}
