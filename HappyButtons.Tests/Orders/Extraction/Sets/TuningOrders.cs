using System.Text;
using HappyButtons.Engine.Storage.Model;
using static HappyButtons.Tests.Orders.Extraction.Sets.Writing;

namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>
/// The tuning set: the purchase orders the extraction was developed against (40, eight per format). One layout and one
/// phrasing per format; the held-out set (<see cref="HeldOutOrders"/>) writes differently.
/// </summary>
public sealed class TuningOrders() : OrderSetBase(seed: 4711, heldOut: false)
{
    public IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate()
    {
        var cases = new List<(OrderCase, byte[]?)>();
        for (var i = 1; i <= 8; i++)
        {
            cases.Add((TextGerman($"T-{cases.Count + 1:000}"), null));
            cases.Add((TextEnglish($"T-{cases.Count + 1:000}"), null));
            cases.Add(PdfTable($"T-{cases.Count + 1:000}"));
            cases.Add((FreeText($"T-{cases.Count + 1:000}"), null));
            cases.Add((CallOff($"T-{cases.Count + 1:000}"), null));
        }

        return cases;
    }

    private OrderCase TextGerman(string id)
    {
        var customer = Random.Pick(Addresses.Keys.Where(c => !EnglishSpeaking(c)).ToList());
        var po = "45" + Random.Next(10_000_000, 99_999_999);
        var date = DeliveryDate();
        var lines = Products(customer, 4).Select(p => new ExpectedLine(p.Sku, Quantity(Random, p), null, date)).ToList();
        var body = new StringBuilder("Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir:\n");
        for (var i = 0; i < lines.Count; i++)
        {
            var product = Product(lines[i].Sku);
            body.Append($"Pos. {(i + 1) * 10}  {product.Sku}  {product.Name}  {De(lines[i].Quantity)} Stk\n");
        }

        body.Append($"\nLiefertermin: {date.ToString("dd.MM.yyyy", German)}\n");
        body.Append($"Lieferadresse: {CustomerOf(customer).Name}, {Addresses[customer].Street}, {Addresses[customer].City}\n");
        body.Append($"\nMit freundlichen Grüßen\n{Buyer(customer)}\n");
        return Case(id, "text-de", false, customer, $"Bestellung {po}", body.ToString(), null, po, lines, Addresses[customer].City);
    }

    private OrderCase TextEnglish(string id)
    {
        var customer = Random.Pick(Addresses.Keys.Where(EnglishSpeaking).ToList());
        var po = "PO-" + Random.Next(10_000, 99_999);
        var date = DeliveryDate();
        var products = Products(customer, 3);
        var lines = products.Select(p => new ExpectedLine(p.Sku, Quantity(Random, p), null, date)).ToList();
        var body = new StringBuilder($"Dear Sales Team,\n\nplease supply the following under our purchase order {po}:\n");
        foreach (var line in lines)
        {
            var product = Product(line.Sku);
            body.Append($"- {En(line.Quantity)} pcs {product.Sku} {Words.Describe(product, true, Random) ?? product.Name}\n");
        }

        body.Append($"\nDelivery date: {date:yyyy-MM-dd}\n\nKind regards\n{Buyer(customer)}\n");
        return Case(id, "text-en", true, customer, $"Order {po}", body.ToString(), null, po, lines);
    }

    private (OrderCase, byte[]) PdfTable(string id)
    {
        var customer = Random.Pick(Addresses.Keys.ToList());
        var po = "B-2027-" + Random.Next(1000, 9999);
        var date = DeliveryDate();
        var products = Products(customer, 5);
        var lines = products.Select(p =>
        {
            var quantity = Quantity(Random, p);
            return new ExpectedLine(p.Sku, quantity, Price(customer, p, quantity), date);
        }).ToList();
        var pdf = new OrderPdf()
            .Line(CustomerOf(customer).Name, size: 12, bold: true)
            .Line($"{Addresses[customer].Street} · {Addresses[customer].City}")
            .Line("")
            .Line($"BESTELLUNG {po}", size: 13, bold: true)
            .Line($"Bestell-Nr.: {po}     Datum: {Received.ToString("dd.MM.yyyy", German)}")
            .Line($"Gewünschter Liefertermin: {date.ToString("dd.MM.yyyy", German)}")
            .Table([
                new PdfColumn("Pos.", 40, 25), new PdfColumn("Art.-Nr.", 70, 75), new PdfColumn("Bezeichnung", 150, 190),
                new PdfColumn("Menge", 345, 50, RightAligned: true), new PdfColumn("Preis/Stk.", 405, 60, RightAligned: true),
                new PdfColumn("Gesamt", 475, 75, RightAligned: true),
            ]);
        for (var i = 0; i < lines.Count; i++)
        {
            var product = Product(lines[i].Sku);
            pdf.Row($"{(i + 1) * 10}", product.Sku, product.Name, De(lines[i].Quantity), De(lines[i].UnitPrice!.Value, "N4") + " €",
                De(lines[i].Quantity * lines[i].UnitPrice!.Value, "N2") + " €");
        }

        pdf.Foot($"Gesamtbetrag netto: {De(lines.Sum(l => l.Quantity * l.UnitPrice!.Value), "N2")} €").Foot("Zahlungsbedingung: 30 Tage netto.");
        var body = $"Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung {po}.\n\nMit freundlichen Grüßen\n{Buyer(customer)}\n";
        return (Case(id, "pdf-table", false, customer, $"Bestellung {po}", body, id + ".pdf", po, lines), pdf.Build());
    }

    private OrderCase FreeText(string id)
    {
        var customer = Random.Pick(Addresses.Keys.ToList());
        var english = EnglishSpeaking(customer);
        var products = Products(customer, 2, p => Words.Describe(p, english, new Random(1)) is not null);
        var lines = products.Select(p => new ExpectedLine(p.Sku, Quantity(Random, p))).ToList();
        var parts = lines.Select(l =>
        {
            var product = Product(l.Sku);
            var described = Random.Next(3) == 0 ? $"{product.Sku}" : Words.Describe(product, english, Random)!;
            return english ? $"{En(l.Quantity)} {described}" : $"{De(l.Quantity)} Stk {described}";
        }).ToList();
        var body = english
            ? $"Hi,\n\ncould you send us {string.Join(" and ", parts)}? Needed by {DeliveryDate().ToString("d MMMM", English)}.\n\nThanks, {Buyer(customer)}\n"
            : $"Hallo,\n\nbitte schicken Sie uns {string.Join(" und ", parts)}. Lieferung bis {DeliveryDate().ToString("dd.MM.", German)}\n\nDanke, {Buyer(customer)}\n";
        return Case(id, "free-text", english, customer, english ? "Order" : "Bestellung", body, null, null, lines);
    }

    private OrderCase CallOff(string id)
    {
        var customer = Random.Pick(CallOffCustomers);
        var agreement = CustomerOf(customer).FrameworkAgreements[0];
        var number = $"{Random.Next(1, 52)}/2027";
        var products = Products(customer, 3);
        var lines = products.Select(p => new ExpectedLine(p.Sku, Quantity(Random, p))).ToList();
        var parts = string.Join(", ", lines.Select(l => $"{l.Sku} {De(l.Quantity)} Stk"));
        var body = $"Sehr geehrte Damen und Herren,\n\nLieferabruf Nr. {number} zu Rahmenvertrag {agreement}:\n{parts}\nAnlieferung {DeliveryDate().ToString("dd.MM.", German)} {Addresses[customer].Street}.\n\nMit freundlichen Grüßen\nMaterialdisposition\n";
        return Case(id, "call-off", false, customer, $"Lieferabruf {number}", body, null, number, lines);
    }

    private static Product Product(string sku) => Active.Single(p => p.Sku == sku);
}
