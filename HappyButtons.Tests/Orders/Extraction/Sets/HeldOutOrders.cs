using System.Globalization;
using System.Text;
using HappyButtons.Engine.Storage.Model;
using static HappyButtons.Tests.Orders.Extraction.Sets.Writing;

namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>
/// The held-out set: 70 purchase orders (14 per format), written after all tuning on <see cref="TuningOrders"/> and
/// <see cref="DevelopmentOrders"/> and run once: bullet lists with "St.", semicolon exports, quantity-first pipe tables,
/// "Item …, quantity …, unit price EUR …" sentences, PDFs with the quantity before the article, without descriptions, or
/// with prices per 1,000, order sentences for a collection, schedule releases with due dates. The descriptions use the
/// development set's vocabulary (<see cref="Wording"/>), the sentences and layouts are new.
/// </summary>
public sealed class HeldOutOrders() : OrderSetBase(seed: 20261207, heldOut: true)
{
    public IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate()
    {
        var cases = new List<(OrderCase, byte[]?)>();
        string Next() => $"H-{cases.Count + 1:000}";
        for (var i = 0; i < 14; i++)
        {
            cases.Add((TextGerman(Next(), i % 3), null));
            cases.Add((TextEnglish(Next(), i % 3), null));
            cases.Add(PdfTable(Next(), i % 3));
            cases.Add((FreeText(Next(), i % 2 == 1), null));
            cases.Add((CallOff(Next(), i % 2 == 1), null));
        }

        return cases;
    }

    private OrderCase TextGerman(string id, int variant)
    {
        var customer = Random.Pick(Addresses.Keys.Where(c => !EnglishSpeaking(c)).ToList());
        var po = $"{Random.Next(2026, 2028)}-{Random.Next(1, 9999):0000}";
        var products = Products(customer, 4);
        var lines = products.Select(p => new ExpectedLine(p.Sku, Quantity(Random, p))).ToList();
        var body = new StringBuilder("Sehr geehrte Damen und Herren,\n\n");
        switch (variant)
        {
            case 0:
                body.Append($"für unseren Auftrag {po} benötigen wir:\n\n");
                foreach (var line in lines)
                {
                    var product = Product(line.Sku);
                    body.Append($"* {product.Sku}: {De(line.Quantity)} St. ({product.Name})\n");
                }

                break;
            case 1:
                body.Append($"hier unser Export zur Bestellung {po}:\n\nPos;Artikelnummer;Menge;Einheit\n");
                for (var i = 0; i < lines.Count; i++)
                {
                    body.Append($"{i + 1};{AliasOf(customer, Product(lines[i].Sku)) ?? lines[i].Sku};{De(lines[i].Quantity)};Stk\n");
                }

                break;
            default:
                body.Append("bitte liefern Sie ");
                body.Append(string.Join(" und ", lines.Select(l => $"{De(l.Quantity)} St. von Artikel {l.Sku}")));
                body.Append($", Bestellzeichen {po}.\n");
                break;
        }

        body.Append($"\nVielen Dank und freundliche Grüße\n{Buyer(customer)}\n{CustomerOf(customer).Name}\n");
        return Case(id, "text-de", false, customer, variant == 1 ? $"Bestellexport {po}" : $"Auftrag {po}", body.ToString(), null, po, lines);
    }

    private OrderCase TextEnglish(string id, int variant)
    {
        var customer = Random.Pick(Addresses.Keys.Where(EnglishSpeaking).ToList());
        var po = "PO/" + Random.Next(10_000, 99_999);
        var products = Products(customer, 3);
        var lines = products.Select(p =>
        {
            var quantity = Quantity(Random, p);
            return new ExpectedLine(p.Sku, quantity, variant == 1 ? Price(customer, p, quantity) : null);
        }).ToList();
        var body = new StringBuilder("Good morning,\n\n");
        switch (variant)
        {
            case 0:
                body.Append($"Purchase order number: {po}\n\nQty | Item code | Description\n");
                foreach (var line in lines)
                {
                    var product = Product(line.Sku);
                    body.Append($"{En(line.Quantity)} | {product.Sku} | {Words.Describe(product, true, Random) ?? product.Name}\n");
                }

                break;
            case 1:
                body.Append($"please book the following on our order {po}.\n");
                foreach (var line in lines)
                {
                    body.Append($"Item {line.Sku}, quantity {En(line.Quantity)}, unit price EUR {En(line.UnitPrice!.Value, "0.0000")}\n");
                }

                break;
            default:
                body.Append($"Kindly ship {string.Join(" together with ", lines.Select(l => $"{En(l.Quantity)} units of {l.Sku}"))}. Reference: PO number {po}.\n");
                break;
        }

        body.Append($"\nMany thanks,\n{Buyer(customer)}\n");
        return Case(id, "text-en", true, customer, $"Purchase order {po}", body.ToString(), null, po, lines);
    }

    private (OrderCase, byte[]) PdfTable(string id, int variant)
    {
        var customer = Random.Pick(Addresses.Keys.ToList());
        var english = variant == 1;
        var po = variant switch { 0 => "BS" + Random.Next(10_000, 99_999), 1 => "P-" + Random.Next(100_000, 999_999), _ => "4600" + Random.Next(100_000, 999_999) };
        var products = Products(customer, 6);
        var lines = products.Select(p =>
        {
            var quantity = Quantity(Random, p);
            return new ExpectedLine(p.Sku, quantity, Price(customer, p, quantity));
        }).ToList();
        var pdf = new OrderPdf().Line(CustomerOf(customer).Name, size: 12, bold: true).Line($"{Addresses[customer].Street} | {Addresses[customer].City}").Line("");
        switch (variant)
        {
            case 0:
                pdf.Line("Bestellung", size: 14, bold: true).Line($"Unsere Bestell-Nr.: {po}").Line("Bitte Auftragsbestätigung innerhalb von 3 Werktagen.")
                    .Table([
                        new PdfColumn("Lfd. Nr.", 35, 35), new PdfColumn("Menge", 75, 45, RightAligned: true), new PdfColumn("ME", 128, 25),
                        new PdfColumn("Ihre Art.-Nr.", 158, 70), new PdfColumn("Artikelbezeichnung", 233, 170),
                        new PdfColumn("Einzelpreis EUR", 408, 70, RightAligned: true), new PdfColumn("Gesamtpreis EUR", 485, 75, RightAligned: true),
                    ]);
                for (var i = 0; i < lines.Count; i++)
                {
                    var product = Product(lines[i].Sku);
                    pdf.Row($"{i + 1}", De(lines[i].Quantity), "Stk", product.Sku, product.Name, De(lines[i].UnitPrice!.Value, "N4"),
                        De(lines[i].Quantity * lines[i].UnitPrice!.Value, "N2"));
                }

                pdf.Foot($"Summe netto EUR {De(lines.Sum(l => l.Quantity * l.UnitPrice!.Value), "N2")}");
                break;
            case 1:
                pdf.Line("ORDER", size: 14, bold: true).Line($"Order ref.: {po}").Line($"Date: {Received.ToString("dd MMM yyyy", English)}")
                    .Table([
                        new PdfColumn("Line", 40, 30), new PdfColumn("SKU", 80, 90), new PdfColumn("Qty ordered", 180, 70, RightAligned: true),
                        new PdfColumn("Price each", 270, 70, RightAligned: true), new PdfColumn("Ext. price", 360, 80, RightAligned: true),
                    ]);
                for (var i = 0; i < lines.Count; i++)
                {
                    pdf.Row($"{i + 1}", lines[i].Sku, En(lines[i].Quantity), "€" + En(lines[i].UnitPrice!.Value, "0.0000"),
                        "€" + En(lines[i].Quantity * lines[i].UnitPrice!.Value, "N2"));
                }

                pdf.Foot($"Subtotal €{En(lines.Sum(l => l.Quantity * l.UnitPrice!.Value), "N2")}").Foot("Terms: 30 days net.");
                break;
            default:
                pdf.Line("Bestellschein", size: 14, bold: true).Line($"Bestellnummer: {po}")
                    .Table([
                        new PdfColumn("Pos.", 40, 30), new PdfColumn("Art.-Nr.", 75, 80), new PdfColumn("Bezeichnung", 160, 190),
                        new PdfColumn("Anzahl", 355, 55, RightAligned: true), new PdfColumn("Preis/1000", 420, 60, RightAligned: true),
                        new PdfColumn("Betrag", 490, 70, RightAligned: true),
                    ]);
                for (var i = 0; i < lines.Count; i++)
                {
                    var product = Product(lines[i].Sku);
                    pdf.Row($"{i + 1}", product.Sku, product.Name, De(lines[i].Quantity), De(lines[i].UnitPrice!.Value * 1000, "N2"),
                        De(lines[i].Quantity * lines[i].UnitPrice!.Value, "N2"));
                }

                pdf.Foot("Versand: frei Haus.");
                break;
        }

        var body = english
            ? $"Hi,\n\nattached is order {po}. Please confirm.\n\n{Buyer(customer)}\n"
            : $"Guten Tag,\n\nbeigefügt erhalten Sie unsere Bestellung {po}.\n\nFreundliche Grüße\n{Buyer(customer)}\n";
        return (Case(id, "pdf-table", english, customer, english ? $"Order {po}" : $"Bestellung {po}", body, id + ".pdf", po, lines), pdf.Build());
    }

    private OrderCase FreeText(string id, bool english)
    {
        var customer = Random.Pick(Addresses.Keys.Where(c => EnglishSpeaking(c) == english).ToList());
        var products = Products(customer, 2, p => Words.Describe(p, english, new Random(3)) is not null);
        var lines = products.Select(p => new ExpectedLine(p.Sku, Quantity(Random, p))).ToList();
        var parts = lines.Select(l =>
        {
            var words = Words.Describe(Product(l.Sku), english, Random)!;
            return english ? $"{En(l.Quantity)} pcs {words}" : $"{De(l.Quantity)} Stk. {words}";
        }).ToList();
        var body = english
            ? $"Dear Stefan,\n\ncould you please put together {string.Join(" as well as ", parts)} for us? Same terms as last time.\n\nBest,\n{Buyer(customer)}\n"
            : $"Hallo Herr Roth,\n\nfür unsere neue Kollektion brauchen wir {string.Join(" – und zusätzlich ", parts)}.\nKonditionen wie gehabt.\n\nGruß\n{Buyer(customer)}\n";
        return Case(id, "free-text", english, customer, english ? "Buttons for the new collection" : "Knöpfe für die neue Kollektion", body, null, null, lines);
    }

    private OrderCase CallOff(string id, bool english)
    {
        var customer = english ? "10063" : Random.Pick(["10042", "10057", "20011"]);
        var agreement = CustomerOf(customer).FrameworkAgreements[0];
        var number = english ? $"SR-{Random.Next(10_000, 99_999)}" : $"{Random.Next(100, 999)}-{Random.Next(10, 99)}";
        var date = DeliveryDate();
        var products = Products(customer, 3);
        var lines = products.Select(p => new ExpectedLine(p.Sku, Quantity(Random, p), null, date)).ToList();
        var rows = lines.Select(l => (Code: AliasOf(customer, Product(l.Sku)) ?? l.Sku, l.Quantity)).ToList();
        var body = english
            ? $"Hello,\n\nSchedule release {number} (agreement {agreement}):\n" +
              string.Join("\n", rows.Select(r => $"part {r.Code} qty {En(r.Quantity)} due {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")) +
              "\n\nSupply chain, Nordic Seating Systems AB\n"
            : $"Guten Tag,\n\nLieferplanabruf Nr. {number} zum Rahmenvertrag {agreement}:\n" +
              string.Join("\n", rows.Select(r => $"Sachnummer {r.Code} – Menge {De(r.Quantity)} – Termin {date.ToString("dd.MM.yyyy", German)}")) +
              "\n\nMit freundlichen Grüßen\nDisposition\n";
        return Case(id, "call-off", english, customer, english ? $"Schedule release {number}" : $"Lieferplanabruf {number}", body, null, number, lines);
    }

    private static Product Product(string sku) => Active.Single(p => p.Sku == sku);
}
