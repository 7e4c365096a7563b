using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace HappyButtons.Engine.Documents;

/// <summary>
/// Draws an order's confirmation, delivery note, invoice or credit note as an A4 PDF in German: sender line and buyer
/// address, the document's facts, the lines, totals per VAT rate, payment details with the GiroCode (invoice), and the
/// §35a GmbHG footer on every page. Fonts come from <see cref="DejaVuFontResolver"/>.
/// </summary>
public static class OrderDocumentPdf
{
    private const double Left = 56;
    private const double Right = 539;
    private const double FooterTop = 770;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static byte[] Render(DocumentContent content, CompanyOptions company, DateTimeOffset issuedAt)
    {
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"{content.Kind.Title()} {content.Number}";
        document.Info.Author = company.FullName;
        document.Info.Subject = $"{content.Kind.Title()} {content.Number} zu Auftrag {content.OrderNumber}";
        document.Info.CreationDate = issuedAt.UtcDateTime;
        new Writer(document, content, company).Write();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    public static string Money(decimal amount, string currency) =>
        amount.ToString("#,##0.00", German) + (currency == "EUR" ? " €" : " " + currency);

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", German);

    private sealed class Writer(PdfDocument document, DocumentContent content, CompanyOptions company)
    {
        private readonly XFont _small = new(DejaVuFontResolver.Family, 7);
        private readonly XFont _text = new(DejaVuFontResolver.Family, 9);
        private readonly XFont _bold = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
        private readonly XFont _title = new(DejaVuFontResolver.Family, 16, XFontStyleEx.Bold);
        private readonly XFont _brand = new(DejaVuFontResolver.Family, 13, XFontStyleEx.Bold);
        private XGraphics _gfx = null!;
        private double _y;
        private bool Priced => content.Kind != DocumentKind.DeliveryNote;

        public void Write()
        {
            NewPage();
            Header();
            LinesTable();
            if (Priced)
            {
                Totals();
            }

            Closing();
            _gfx.Dispose();
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            _gfx = XGraphics.FromPdfPage(page);
            Footer();
            _y = 56;
        }

        private void Header()
        {
            Text(company.FullName, _brand, Left, _y);
            Text($"{company.Street} · {company.PostalCode} {company.City}" + Join(" · ", "Tel. " + company.Phone, company.Phone) + Join(" · ", company.Web, company.Web), _small, Left, _y + 18);

            // The buyer's address block (window position of DIN 5008), the facts on the right.
            var top = 120.0;
            Text($"{company.FullName} · {company.Street} · {company.PostalCode} {company.City}", _small, Left, top);
            var lines = new List<string> { content.Buyer.Name, content.Buyer.Street, $"{content.Buyer.PostalCode} {content.Buyer.City}" };
            if (content.Buyer.Country != "DE")
            {
                lines.Add(CountryName(content.Buyer.Country));
            }

            for (var i = 0; i < lines.Count; i++)
            {
                Text(lines[i], i == 0 ? _bold : _text, Left, top + 14 + i * 12);
            }

            var facts = new List<(string, string)>
            {
                (content.Kind switch
                {
                    DocumentKind.Invoice => "Rechnungsnummer",
                    DocumentKind.CreditNote => "Gutschriftnummer",
                    DocumentKind.DeliveryNote => "Lieferscheinnummer",
                    _ => "Auftragsnummer",
                }, content.Number),
                (content.Kind switch { DocumentKind.Invoice => "Rechnungsdatum", DocumentKind.CreditNote => "Datum", _ => "Datum" }, Date(content.IssueDate)),
            };
            if (content.Kind != DocumentKind.Confirmation)
            {
                facts.Add(("Auftrag", content.OrderNumber));
            }

            if (content.PoNumber is { Length: > 0 } po)
            {
                facts.Add(("Ihre Bestellung", po));
            }

            facts.Add(("Kundennummer", content.CustomerNumber));
            if (content.ReferencedInvoice is { } invoice)
            {
                facts.Add(("Zu Rechnung", invoice));
            }

            if (content.DeliveryDate is { } delivered)
            {
                facts.Add(("Lieferdatum", Date(delivered)));
            }
            else if (content.RequestedDeliveryDate is { } requested)
            {
                facts.Add(("Gewünschter Liefertermin", Date(requested)));
            }

            if (Priced)
            {
                facts.Add(("Unsere USt-IdNr.", company.VatId));
                if (content.Buyer.VatId is { Length: > 0 } buyerVat)
                {
                    facts.Add(("Ihre USt-IdNr.", buyerVat));
                }
            }

            for (var i = 0; i < facts.Count; i++)
            {
                Text(facts[i].Item1, _text, 340, top + i * 12);
                Text(facts[i].Item2, _bold, 440, top + i * 12);
            }

            _y = Math.Max(top + 14 + lines.Count * 12, top + facts.Count * 12) + 30;
            if (content.DeliverTo is { } to)
            {
                Text($"Lieferanschrift: {to.Name}, {to.Street}, {to.PostalCode} {to.City}, {to.Country}", _text, Left, _y);
                _y += 16;
            }

            Text($"{content.Kind.Title()} {content.Number}", _title, Left, _y);
            _y += 26;
            var intro = content.Kind switch
            {
                DocumentKind.Confirmation => "Vielen Dank für Ihren Auftrag. Wir bestätigen ihn wie folgt:",
                DocumentKind.DeliveryNote => "Wir liefern Ihnen heute:",
                DocumentKind.Invoice => "Für unsere Lieferung berechnen wir Ihnen:",
                _ => $"Wir schreiben Ihnen gut{(content.Reason is { Length: > 0 } r ? " (" + r + ")" : "")}:",
            };
            Text(intro, _text, Left, _y);
            _y += 20;
        }

        private static readonly double[] Columns = [Left, 80, 170, 300, 344, 376, 432, 464];

        private void LinesTable()
        {
            TableHeader();
            foreach (var line in content.Lines)
            {
                var description = Wrap(line.Description, _text, Priced ? 128 : 250);
                var height = Math.Max(1, description.Count) * 11 + 4;
                if (_y + height > FooterTop - 120)
                {
                    NewPage();
                    TableHeader();
                }

                Text(line.Position.ToString(German), _text, Columns[0], _y);
                Text(line.Sku, _text, Columns[1], _y);
                for (var i = 0; i < description.Count; i++)
                {
                    Text(description[i], _text, Columns[2], _y + i * 11);
                }

                if (Priced)
                {
                    RightText(line.Quantity.ToString("#,##0", German), _text, Columns[4] - 4, _y);
                    Text(line.Unit, _text, Columns[4], _y);
                    RightText(line.UnitPrice.ToString("#,##0.00##", German), _text, Columns[6] - 4, _y);
                    RightText(line.VatRate.ToString("0.##", German) + " %", _text, Columns[7] - 2, _y);
                    RightText(Money(line.Total, content.Currency), _text, Right, _y);
                }
                else
                {
                    RightText(line.Quantity.ToString("#,##0", German), _text, Columns[6], _y);
                    Text(line.Unit, _text, Columns[6] + 4, _y);
                }

                _y += height;
            }

            _gfx.DrawLine(XPens.Gray, Left, _y, Right, _y);
            _y += 8;
        }

        private void TableHeader()
        {
            Text("Pos.", _bold, Columns[0], _y);
            Text("Artikel", _bold, Columns[1], _y);
            Text("Bezeichnung", _bold, Columns[2], _y);
            if (Priced)
            {
                RightText("Menge", _bold, Columns[4] - 4, _y);
                Text("Einh.", _bold, Columns[4], _y);
                RightText("Einzelpreis", _bold, Columns[6] - 4, _y);
                RightText("USt.", _bold, Columns[7] - 2, _y);
                RightText("Gesamt netto", _bold, Right, _y);
            }
            else
            {
                RightText("Menge", _bold, Columns[6], _y);
                Text("Einh.", _bold, Columns[6] + 4, _y);
            }

            _y += 13;
            _gfx.DrawLine(XPens.Gray, Left, _y - 2, Right, _y - 2);
            _y += 3;
        }

        private void Totals()
        {
            if (_y > FooterTop - 180)
            {
                NewPage();
            }

            foreach (var rate in content.Totals.PerRate)
            {
                TotalRow($"Nettobetrag {Rate(rate.Rate)}", rate.Net, _text);
                TotalRow($"Umsatzsteuer {Rate(rate.Rate)} auf {Money(rate.Net, content.Currency)}", rate.Vat, _text);
            }

            TotalRow("Summe netto", content.Totals.Net, _text);
            TotalRow("Summe Umsatzsteuer", content.Totals.Vat, _text);
            _gfx.DrawLine(XPens.Black, 330, _y, Right, _y);
            _y += 4;
            TotalRow(content.Kind == DocumentKind.CreditNote ? "Gutschriftbetrag (brutto)" : "Gesamtbetrag (brutto)", content.Totals.Gross, _bold);
            _y += 10;
        }

        private void TotalRow(string label, decimal amount, XFont font)
        {
            RightText(label, font, 440, _y);
            RightText(Money(amount, content.Currency), font, Right, _y);
            _y += 13;
        }

        private void Closing()
        {
            switch (content.Kind)
            {
                case DocumentKind.Invoice:
                    if (_y > FooterTop - 120)
                    {
                        NewPage();
                    }

                    var due = content.DueDate is { } d ? Date(d) : "";
                    Text($"Zahlbar ohne Abzug bis {due} auf unser Konto:", _text, Left, _y);
                    Text($"IBAN {FormatIban(company.Iban)} · BIC {company.Bic}" + Join(" · ", company.Bank, company.Bank), _text, Left, _y + 12);
                    Text($"Verwendungszweck: {content.Number}", _text, Left, _y + 24);
                    Text("Mit der Banking-App scannen:", _small, 430, _y - 4);
                    QrCode(GiroCode.Payload(company.Bic, company.FullName, company.Iban, content.Totals.Gross, content.Number), 430, _y + 6, 84);
                    _y += 100;
                    break;
                case DocumentKind.Confirmation:
                    Text("Die Lieferung erfolgt zu unseren Allgemeinen Geschäftsbedingungen. Preise netto zuzüglich Umsatzsteuer.", _text, Left, _y);
                    _y += 14;
                    break;
                case DocumentKind.DeliveryNote:
                    Text("Ware vollständig und unbeschädigt erhalten:", _text, Left, _y + 10);
                    _gfx.DrawLine(XPens.Black, Left, _y + 50, Left + 200, _y + 50);
                    Text("Datum, Unterschrift", _small, Left, _y + 53);
                    _y += 70;
                    break;
                case DocumentKind.CreditNote:
                    Text("Der Betrag wird Ihnen erstattet oder mit offenen Rechnungen verrechnet.", _text, Left, _y);
                    _y += 14;
                    break;
            }
        }

        /// <summary>§35a GmbHG: legal form, seat, register court and number, every managing director; and the bank and VAT ID.</summary>
        private void Footer()
        {
            _gfx.DrawLine(XPens.LightGray, Left, FooterTop, Right, FooterTop);
            var first = $"{company.FullName} · Sitz: {company.Seat} · Registergericht: {company.RegisterCourt} {company.RegisterNumber}";
            var second = $"Geschäftsführer: {company.ManagingDirectors} · USt-IdNr.: {company.VatId}";
            var third = $"{company.Bank} · IBAN {FormatIban(company.Iban)} · BIC {company.Bic}";
            Text(first, _small, Left, FooterTop + 6);
            Text(second, _small, Left, FooterTop + 16);
            Text(third, _small, Left, FooterTop + 26);
        }

        private void QrCode(string payload, double x, double y, double size)
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
            var modules = data.ModuleMatrix;
            var cell = size / modules.Count;
            for (var row = 0; row < modules.Count; row++)
            {
                for (var column = 0; column < modules[row].Length; column++)
                {
                    if (modules[row][column])
                    {
                        // A hair larger than the cell, so viewers draw no seams between neighbouring modules.
                        _gfx.DrawRectangle(XBrushes.Black, x + column * cell, y + row * cell, cell + 0.05, cell + 0.05);
                    }
                }
            }
        }

        private void Text(string text, XFont font, double x, double y) =>
            _gfx.DrawString(text, font, XBrushes.Black, new XRect(x, y, Right - x, font.Size * 1.3), XStringFormats.TopLeft);

        private void RightText(string text, XFont font, double right, double y) =>
            _gfx.DrawString(text, font, XBrushes.Black, new XRect(Left, y, right - Left, font.Size * 1.3), XStringFormats.TopRight);

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            return lines;
        }

        private static string Rate(decimal rate) => rate.ToString("0.##", German) + " %";

        private static string Join(string separator, string text, string condition) => string.IsNullOrWhiteSpace(condition) ? "" : separator + text;

        private static string FormatIban(string iban)
        {
            var compact = iban.Replace(" ", "", StringComparison.Ordinal);
            return string.Join(' ', Enumerable.Range(0, (compact.Length + 3) / 4).Select(i => compact.Substring(i * 4, Math.Min(4, compact.Length - i * 4))));
        }

        private static string CountryName(string code) => code switch
        {
            "AT" => "Österreich",
            "CH" => "Schweiz",
            "FR" => "Frankreich",
            "IT" => "Italien",
            "NL" => "Niederlande",
            "PL" => "Polen",
            "GB" => "Vereinigtes Königreich",
            _ => code,
        };
    }
}
