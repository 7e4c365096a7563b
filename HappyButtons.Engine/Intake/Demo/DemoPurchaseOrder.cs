using System.Globalization;

namespace HappyButtons.Engine.Intake.Demo;

internal sealed record DemoOrderLine(string ArticleNumber, string Description, int Quantity, decimal UnitPrice);

/// <summary>A customer's purchase order (Bestellung) as the customer's ERP would print it.</summary>
internal sealed record DemoPurchaseOrder(
    string Customer,
    IReadOnlyList<string> CustomerAddress,
    string OrderNumber,
    string CustomerNumber,
    string Contract,
    DateOnly OrderDate,
    DateOnly DeliveryDate,
    string Buyer,
    IReadOnlyList<DemoOrderLine> Lines)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public byte[] ToPdf()
    {
        var pdf = new DemoPdf();
        pdf.Text(50, 60, Customer, 16, bold: true);
        var y = 78.0;
        foreach (var line in CustomerAddress)
        {
            pdf.Text(50, y, line, 9);
            y += 12;
        }

        pdf.Text(50, 150, "Happy Buttons GmbH", 10).Text(50, 163, "Einkauf / Vertrieb", 10)
            .Text(50, 176, "Knopfstraße 12", 10).Text(50, 189, "90402 Nürnberg", 10);
        pdf.Text(340, 150, "Bestell-Nr.:", 10, bold: true).Text(430, 150, OrderNumber, 10)
            .Text(340, 163, "Datum:", 10, bold: true).Text(430, 163, OrderDate.ToString("dd.MM.yyyy", German), 10)
            .Text(340, 176, "Lieferanten-Nr.:", 10, bold: true).Text(430, 176, CustomerNumber, 10)
            .Text(340, 189, "Rahmenvertrag:", 10, bold: true).Text(430, 189, Contract, 10)
            .Text(340, 202, "Liefertermin:", 10, bold: true).Text(430, 202, DeliveryDate.ToString("dd.MM.yyyy", German), 10);

        pdf.Text(50, 245, "Bestellung " + OrderNumber, 14, bold: true);
        pdf.Band(50, 260, 495, 18);
        pdf.Text(55, 273, "Pos.", 9, true).Text(85, 273, "Art.-Nr.", 9, true).Text(170, 273, "Bezeichnung", 9, true)
            .TextRight(400, 273, "Menge", 9, true).TextRight(475, 273, "Preis/Stk.", 9, true).TextRight(543, 273, "Gesamt", 9, true);
        y = 293;
        var total = 0m;
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var amount = line.Quantity * line.UnitPrice;
            total += amount;
            pdf.Text(55, y, (i + 1).ToString(German), 9).Text(85, y, line.ArticleNumber, 9).Text(170, y, line.Description, 9)
                .TextRight(400, y, line.Quantity.ToString("N0", German), 9)
                .TextRight(475, y, line.UnitPrice.ToString("N4", German) + " €", 9)
                .TextRight(543, y, amount.ToString("N2", German) + " €", 9);
            pdf.Rule(50, y + 6, 545, 0.3, 0.8);
            y += 18;
        }

        pdf.Text(340, y + 8, "Gesamtbetrag netto:", 10, bold: true).TextRight(543, y + 8, total.ToString("N2", German) + " €", 10, bold: true);
        pdf.Rule(340, y + 14, 545, 0.8, 0.3);
        y += 50;
        string[] terms =
        [
            "Lieferbedingung: DAP gemäß Incoterms 2020, frei Haus.",
            "Zahlungsbedingung: 30 Tage netto, 14 Tage 2 % Skonto.",
            "Bitte geben Sie auf Lieferschein und Rechnung unsere Bestell-Nr. an.",
            "Es gelten unsere Allgemeinen Einkaufsbedingungen sowie der genannte Rahmenvertrag.",
        ];
        foreach (var term in terms)
        {
            pdf.Text(50, y, term, 9);
            y += 13;
        }

        pdf.Text(50, y + 30, "Mit freundlichen Grüßen", 10).Text(50, y + 44, Buyer, 10).Text(50, y + 57, "Einkauf, " + Customer, 9);
        pdf.Rule(50, 800, 545, 0.4, 0.7);
        pdf.Text(50, 812, Customer + " · " + string.Join(" · ", CustomerAddress), 7);
        return pdf.ToBytes();
    }
}
