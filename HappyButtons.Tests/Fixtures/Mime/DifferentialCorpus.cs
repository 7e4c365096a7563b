using System.Text;
using HappyButtons.Engine.Mail.Mime;

namespace HappyButtons.Tests.Fixtures.Mime;

/// <summary>One generated message and the kind of input it exercises; differences are tolerated per kind.</summary>
public sealed record CorpusMessage(string Kind, byte[] Bytes);

/// <summary>
/// A deterministic, varied corpus for the differential check against Python's email package:
/// charsets, transfer encodings, nesting, attachments, obsolete syntax and broken messages.
/// </summary>
public static class DifferentialCorpus
{
    private static readonly (string Charset, string Text)[] CharsetTexts =
    [
        ("iso-8859-1", "Grüße aus Köln, Preis 12,50"), ("iso-8859-15", "Preis 5 € je Stück"), ("windows-1252", "„Knöpfe“ – 5 €"),
        ("koi8-r", "Пуговицы для пальто"), ("windows-1251", "Заказ пуговиц"), ("shift_jis", "ボタンの注文"), ("euc-jp", "ボタン注文"),
        ("gb2312", "纽扣订单"), ("big5", "鈕扣訂單"), ("iso-8859-2", "Łódź zamówienie"), ("utf-8", "Grüße 😀 日本"), ("utf-7", "Grün + Blau"),
    ];

    private static readonly string[] Dates =
    [
        "Tue, 12 Mar 2024 09:14:31 +0100", "12 Mar 2024 09:14:31 +0100", "Tue, 12 Mar 24 09:14 +0100", "Tue, 12 Mar 2024 09:14:31 GMT",
        "Tue, 12 Mar 2024 09:14:31 EST", "Tue, 12 Mar 2024 09:14:31 -0000", "Tue, 12 Mar 99 09:14:31 +0000", "Tue, 12 Mar 2024 09:14:31 CEST",
        "Tue,  5 Mar 2024 9:14:31 +0100 (CET)", "Mon, 4 Mar 2024 10:00:00 +0000 (UTC)",
    ];

    private static readonly string[] AddressLines =
    [
        "\"Weber, Petra\" <p.weber@happy-buttons.de>", "hans@meier.de (Hans Meier)", "Anna Schmidt <anna@x.de>, bob@y.com",
        "Vertrieb: a@x.de, b@x.de;", "=?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@x.de>", "<only@angle.de>",
        "\"Quote \\\" Inside\" <q@x.de>", "Einkauf <einkauf@kunde.de>, \"Lager (Nord)\" <lager@kunde.de>",
        "=?iso-8859-1?Q?Sch=E4fer?= <s@x.de>", "undisclosed-recipients:;",
    ];

    public static List<CorpusMessage> Build()
    {
        var random = new Random(20240312);
        var corpus = new List<CorpusMessage>();
        for (var i = 0; i < 80; i++) corpus.Add(new("writer", MimeWriter.ToBytes(RandomOutgoing(random, i))));
        foreach (var (charset, text) in CharsetTexts)
            foreach (var encoding in new[] { "8bit", "quoted-printable", "base64" })
                corpus.Add(new("charset-body", CharsetBody(charset, text, encoding)));
        foreach (var (charset, text) in CharsetTexts.Where(c => c.Charset != "utf-7"))
        {
            corpus.Add(new("encoded-subject", EncodedSubject(charset, text, 'B')));
            corpus.Add(new("encoded-subject", EncodedSubject(charset, text, 'Q')));
        }
        for (var i = 0; i < Dates.Length; i++) corpus.Add(new(Dates[i].Contains("CEST") ? "named-zone-date" : "date", Simple($"Date: {Dates[i]}", "x")));
        foreach (var line in AddressLines) corpus.Add(new(line.Contains("(Hans", StringComparison.Ordinal) ? "comment-name" : "addresses", Simple($"To: {line}", "x")));
        for (var i = 0; i < 10; i++) corpus.Add(new("rfc2231", Rfc2231(i)));
        for (var i = 0; i < 15; i++) corpus.Add(new("nested", Nested(random, i)));
        corpus.AddRange(Broken());
        corpus.AddRange(Variants());
        return corpus;
    }

    private static OutgoingMessage RandomOutgoing(Random random, int i)
    {
        string[] subjects = ["Bestellung", "Grüße aus Köln", "Re: Angebot 2024-117 – Rückfrage", "日本語の件名", "Preis in € und mehr", new string('x', 100), "a \"quoted\" word"];
        var attachments = Enumerable.Range(0, random.Next(0, 3)).Select(k =>
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            string[] names = ["rechnung.pdf", "Übersicht März.xlsx", "scan 001.pdf", new string('ä', 80) + ".txt", "a;b=c.csv"];
            return new OutgoingAttachment(names[random.Next(names.Length)], "application/octet-stream", bytes) { ContentId = k == 1 && i % 2 == 0 ? $"img{k}@hb" : null };
        }).ToList();
        return new OutgoingMessage
        {
            From = new EmailAddress(i % 3 == 0 ? null : "Müller, Jürgen", "j.mueller@mueller-textil.de"),
            To = [new EmailAddress("Happy Buttons", "sales@happy-buttons.de"), new EmailAddress(null, $"k{i}@example.com")],
            Subject = subjects[i % subjects.Length],
            TextBody = i % 4 == 3 ? null : $"Hallo,\nZeile {i} mit Umlauten äöü\nFrom here\n.\n" + new string('y', i * 20),
            HtmlBody = i % 2 == 0 ? $"<p>Hallo <b>{i}</b></p>" : null,
            Attachments = attachments,
            Date = new DateTimeOffset(2024, 3, 12, 9, i % 60, 0, TimeSpan.FromHours(1)),
        };
    }

    private static byte[] Simple(string header, string body) =>
        Eml.Bytes($"From: a@b.de\n{(header.StartsWith("To:", StringComparison.Ordinal) ? "" : "To: c@d.de\n")}Subject: test\n{header}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n");

    private static byte[] CharsetBody(string charset, string text, string transfer)
    {
        var bytes = charset == "utf-7" ? Encoding.ASCII.GetBytes("Gr+APw-n +- Blau") : Charsets.Find(charset)!.GetBytes(text + "\r\nzweite Zeile\r\n");
        var body = transfer switch
        {
            "base64" => Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks)),
            "quoted-printable" => Encoding.ASCII.GetBytes(QuotedPrintableEncoder.Encode(bytes)),
            _ => bytes,
        };
        return Eml.Concat(Eml.Bytes($"From: a@b.de\nSubject: {charset} {transfer}\nContent-Type: text/plain; charset=\"{charset}\"\nContent-Transfer-Encoding: {transfer}\n\n"), body);
    }

    private static byte[] EncodedSubject(string charset, string text, char mode)
    {
        string Word(byte[] part) => mode == 'B'
            ? $"=?{charset}?B?{Convert.ToBase64String(part)}?="
            : $"=?{charset}?Q?{string.Concat(part.Select(b => b is >= (byte)'a' and <= (byte)'z' ? ((char)b).ToString() : $"={b:X2}"))}?=";
        // Split on a character boundary by re-encoding the halves of the text.
        var first = Charsets.Find(charset)!.GetBytes(text[..(text.Length / 2)]);
        var second = Charsets.Find(charset)!.GetBytes(text[(text.Length / 2)..]);
        return Eml.Bytes($"From: {Word(first)} <x@y.de>\nSubject: Re: {Word(first)}\n {Word(second)} Ende\n\nx");
    }

    private static byte[] Rfc2231(int i)
    {
        string[] dispositions =
        [
            "attachment; filename*=utf-8''Preisliste%20%E2%82%AC.xlsx",
            "attachment; filename*0*=utf-8''%C3%9Cbersicht; filename*1*=%20Teil%202.pdf",
            "attachment; filename*0=\"langer-\"; filename*1=\"name.pdf\"",
            "attachment; filename*=iso-8859-1'de'Gr%F6%DFe.txt",
            "attachment; filename=\"plain name.pdf\"",
            "attachment; filename=\"=?utf-8?B?w5xiZXJzaWNodC5wZGY=?=\"",
            "inline; filename=bild.png",
            "attachment; filename=\"a\\\"b.pdf\"",
            "attachment; filename=\"sp aces  .pdf\"",
            "attachment; filename*=UTF-8''%E6%97%A5%E6%9C%AC.txt",
        ];
        return Eml.Bytes($"From: a@b.de\nSubject: 2231 {i}\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nsiehe Anhang\n--b\nContent-Type: application/octet-stream\nContent-Disposition: {dispositions[i]}\nContent-Transfer-Encoding: base64\n\nAAECAwQF\n--b--\n");
    }

    private static byte[] Nested(Random random, int i)
    {
        var depth = 1 + i % 5;
        var text = new StringBuilder($"From: a@b.de\nSubject: nested {i}\n");
        for (var d = 0; d < depth; d++)
            text.Append($"Content-Type: multipart/{(d % 2 == 0 ? "mixed" : "alternative")}; boundary=\"n{d}\"\n\npreamble {d}\n--n{d}\n");
        text.Append("Content-Type: text/plain; charset=utf-8\n\ninnerster Text ").Append(random.Next(1000)).Append('\n');
        for (var d = depth - 1; d >= 0; d--)
        {
            text.Append($"--n{d}\nContent-Type: application/pdf; name=\"teil{d}.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0x\n");
            if (i % 3 == 1 && d == depth - 1) text.Append($"--n{d}\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=weiter.eml\n\nSubject: innen\n\nalter Text\n");
            text.Append($"--n{d}--\nepilogue {d}\n");
        }
        return Eml.Bytes(text.ToString());
    }

    private static IEnumerable<CorpusMessage> Broken()
    {
        yield return new("missing-close", Eml.Bytes("Subject: mc1\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nText eins\n--b\nContent-Type: application/pdf; name=x.pdf\n\n%PDF"));
        yield return new("missing-close", Eml.Bytes("Subject: mc2\nContent-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/alternative; boundary=i\n\n--i\n\ninnen\n--o\nContent-Type: image/gif; name=a.gif\n\nGIF\n--o--\n"));
        yield return new("missing-close", Eml.Bytes("Subject: mc3\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nnur ein Teil\n"));
        yield return new("broken-base64", Eml.Bytes("Subject: b64\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nR3LD!!tsOf\nZQ==\n"));
        yield return new("broken-base64", Eml.Bytes("Subject: b64b\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b\nContent-Type: application/pdf; name=k.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK*\nJVBE\n--b--\n"));
        yield return new("bad-qp", Eml.Bytes("Subject: qp\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nRabatt =ZZ 5% und =3D Ende=\n weiter\n"));
        yield return new("bad-qp", Eml.Bytes("Subject: qp2\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nGr=FC=DFe =\nund 100% =e4\n"));
        yield return new("raw-utf8-header", Eml.Bytes("Subject: Größe 12 mm\nFrom: Jürgen <j@x.de>\n\nx"));
        yield return new("raw-1252-header", Eml.Bytes("Subject: Größe 12 mm\nFrom: Jürgen <j@x.de>\n\nx", Charsets.Windows1252));
        yield return new("flowed", Eml.Bytes("Subject: fl\nContent-Type: text/plain; charset=utf-8; format=flowed\n\nErste Zeile \nweiter.\n> zitiert \n> weiter\n"));
        yield return new("flowed", Eml.Bytes("Subject: fl2\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\nzusam \nmen\n"));
        yield return new("no-boundary", Eml.Bytes("Subject: nb\nContent-Type: multipart/mixed\n\nHallo Welt\n"));
        yield return new("unknown-charset", Eml.Bytes("Subject: uc\nContent-Type: text/plain; charset=x-unknown-thing\n\nGröße\n", Encoding.Latin1));
        yield return new("header-no-blank", Eml.Bytes("Subject: hnb\nDies ist der Text\nzweite Zeile\n"));
        yield return new("empty", []);
        yield return new("garbage", [0xFF, 0x00, 0x0A, 0x3A, 0x3A, 0x0D]);
        yield return new("mbox-from", Eml.Bytes("From sender@x.de Mon Jan  1 00:00:00 2024\nSubject: mbox\n\nx\n"));
        yield return new("malformed-encoded-word", Eml.Bytes("Subject: =?utf-8?X?abc?= und =?utf-8?Q?offen\n\nx\n"));
        yield return new("encoded-word-no-space", Eml.Bytes("Subject: Preis=?utf-8?Q?_=E2=82=AC?=\n\nx\n"));
        yield return new("digest", Eml.Bytes("Subject: dg\nContent-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: eins\n\nA\n--d--\n"));
    }

    private static IEnumerable<CorpusMessage> Variants()
    {
        yield return new("lf-only", Encoding.ASCII.GetBytes("Subject: lf\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nText\n--b\nContent-Type: application/pdf; name=x.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0x\n--b--\n"));
        yield return new("mislabelled-utf8", Eml.Concat(Eml.Bytes("Subject: ml\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"), Charsets.Windows1252.GetBytes("Größe – 5 €\r\n")));
        yield return new("base64-no-padding", Eml.Bytes("Subject: np\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nR3LDtsOfZQ\n"));
        yield return new("qp-soft-break-end", Eml.Bytes("Subject: qs\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nEnde ohne Umbruch=\n"));
        yield return new("uppercase", Eml.Bytes("Subject: uc\nContent-Type: TEXT/PLAIN; CHARSET=ISO-8859-1\nContent-Transfer-Encoding: QUOTED-PRINTABLE\n\nGr=FC=DFe\n"));
        yield return new("boundary-with-spaces", Eml.Bytes("Subject: bs\nContent-Type: multipart/mixed; boundary=\"abc def\"\n\n--abc def\n\nText\n--abc def\nContent-Type: image/png; name=bild.png\n\nPNG\n--abc def--\n"));
        yield return new("ct-name-only", Eml.Bytes("Subject: cn\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nText\n--b\nContent-Type: application/vnd.ms-excel; name=\"Liste 2024.xls\"\nContent-Transfer-Encoding: base64\n\nAAAA\n--b--\n"));
        yield return new("nested-message-attachments", Eml.Bytes("Subject: nm\nContent-Type: multipart/mixed; boundary=o\n\n--o\n\nsiehe unten\n--o\nContent-Type: message/rfc822\n\nSubject: innen\nContent-Type: multipart/mixed; boundary=i\n\n--i\n\ninnen\n--i\nContent-Type: application/pdf; name=innen.pdf\n\nPDF\n--i--\n--o--\n"));
        yield return new("8bit-filename", Eml.Bytes("Subject: 8f\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nText\n--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"Rechnung März.pdf\"\n\nPDF\n--b--\n"));
        yield return new("empty-subject", Eml.Bytes("Subject: \nFrom: a@b.de\n\nx\n"));
        yield return new("duplicate-subject", Eml.Bytes("Subject: erster\nSubject: zweiter\n\nx\n"));
        yield return new("tab-folded", Eml.Bytes("Subject: eins\n\tzwei\nTo: a@b.de,\n\tc@d.de\n\nx\n"));
        yield return new("long-line", Eml.Bytes("Subject: ll\nContent-Type: text/plain\n\n" + new string('x', 10_000) + "\n"));
        yield return new("charset-quoted-upper", Eml.Bytes("Subject: cq\nContent-Type: text/plain; charset=\"UTF-8\"\n\nGrüße\n"));
        yield return new("iso-2022-jp", Eml.Concat(Eml.Bytes("Subject: =?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=\nContent-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n"), Charsets.Find("iso-2022-jp")!.GetBytes("日本語のボタン\r\n")));
        yield return new("unquoted-comma-name", Eml.Bytes("From: a@b.de\nTo: Müller, Jürgen <jm@x.de>\nSubject: uq\n\nx\n"));
        yield return new("quoted-encoded-name", Eml.Bytes("From: \"=?utf-8?Q?J=C3=B6rg_M=C3=BCller?=\" <jm@x.de>\nSubject: qn\n\nx\n"));
        yield return new("alternative-html-first", Eml.Bytes("Subject: hf\nContent-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/html\n\n<p>HTML</p>\n--a\nContent-Type: text/plain\n\nPlain\n--a--\n"));
        yield return new("related-start", Eml.Bytes("Subject: rs\nContent-Type: multipart/related; boundary=r; start=\"<main@x>\"\n\n--r\nContent-Type: image/png; name=a.png\nContent-ID: <img@x>\n\nPNG\n--r\nContent-Type: text/plain\nContent-ID: <main@x>\n\nHaupttext\n--r--\n"));
        yield return new("inline-text-with-name", Eml.Bytes("Subject: it\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nText\n--b\nContent-Type: text/plain; name=notiz.txt\nContent-Disposition: inline; filename=notiz.txt\n\nNotiz\n--b--\n"));
    }
}
