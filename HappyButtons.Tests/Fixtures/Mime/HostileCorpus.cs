using System.IO.Compression;
using System.Text;

namespace HappyButtons.Tests.Fixtures.Mime;

/// <summary>
/// Mail built to stall or crash a worker: each must be processed (stored, read as far as it goes, flagged when a limit
/// was hit) in well under a second, and the worker must go on. Shared with the benchmark (bench/… links this file).
/// </summary>
public static class HostileCorpus
{
    public static IReadOnlyList<(string Name, byte[] Raw)> All() =>
    [
        ("20,000 links", TwentyThousandLinks()),
        ("5 MB line", FiveMegabyteLine()),
        ("1,000 nested parts", ThousandNestedParts()),
        ("whitespace bomb", WhitespaceBomb()),
        ("40 MB attachment", FortyMegabyteAttachment()),
        ("broken boundaries", BrokenBoundaries()),
        ("PDF decompression bomb", PdfBomb()),
    ];

    private const string Head = "From: Angreifer <x@example.invalid>\r\nTo: sales@happybuttons.de\r\nSubject: {0}\r\nMIME-Version: 1.0\r\n";

    private static byte[] Mail(string subject, string headers, string body) =>
        Encoding.UTF8.GetBytes(string.Format(Head, subject) + headers + "\r\n" + body);

    public static byte[] TwentyThousandLinks()
    {
        var html = new StringBuilder("<html><body><p>Angebot</p>");
        for (var i = 0; i < 20_000; i++) html.Append($"<a href=\"https://tracker.example.invalid/{i}\">Link {i}</a> ");
        html.Append("</body></html>");
        return Mail("20000 Links", "Content-Type: text/html; charset=utf-8\r\n", html.ToString());
    }

    public static byte[] FiveMegabyteLine() =>
        Mail("Eine Zeile", "Content-Type: text/plain; charset=utf-8\r\n", "Bestellung " + new string('x', 5 * 1024 * 1024) + "\r\n");

    public static byte[] ThousandNestedParts()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 1000; i++) text.Append($"--b{i}\r\nContent-Type: multipart/mixed; boundary=b{i + 1}\r\n\r\n");
        text.Append("--b1000\r\nContent-Type: text/plain\r\n\r\ntief innen\r\n--b1000--\r\n");
        for (var i = 999; i >= 0; i--) text.Append($"--b{i}--\r\n");
        return Mail("Verschachtelt", "Content-Type: multipart/mixed; boundary=b0\r\n", text.ToString());
    }

    /// <summary>A header folded into 200,000 whitespace lines and a body of 8 MB of whitespace with a word at the end.</summary>
    public static byte[] WhitespaceBomb()
    {
        var folded = new StringBuilder("X-Leer: a");
        for (var i = 0; i < 200_000; i++) folded.Append("\r\n \t ");
        folded.Append("\r\n");
        var body = new StringBuilder(8 * 1024 * 1024 + 16);
        for (var i = 0; i < 1024 * 1024; i++) body.Append(i % 64 == 63 ? " \t \r\n  " : " \t  \t  ");
        body.Append("Ende");
        return Mail("Leerraum", folded + "Content-Type: text/plain\r\n", body.ToString());
    }

    public static byte[] FortyMegabyteAttachment()
    {
        var binary = new byte[29 * 1024 * 1024];
        new Random(42).NextBytes(binary);
        var encoded = Convert.ToBase64String(binary, Base64FormattingOptions.InsertLineBreaks);
        return Mail("Grosser Anhang", "Content-Type: multipart/mixed; boundary=\"big\"\r\n",
            "--big\r\nContent-Type: text/plain\r\n\r\nsiehe Anhang\r\n--big\r\nContent-Type: application/octet-stream; name=\"daten.bin\"\r\n" +
            "Content-Disposition: attachment; filename=\"daten.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + encoded + "\r\n--big--\r\n");
    }

    /// <summary>Boundaries that never close, repeat, nest with the same name, and 20,000 lookalikes.</summary>
    public static byte[] BrokenBoundaries()
    {
        var noise = string.Concat(Enumerable.Repeat("--bb\r\n--b \r\n--b--x\r\n", 20_000));
        return Mail("Kaputte Grenzen", "Content-Type: multipart/mixed; boundary=\"b\"\r\n",
            "--b\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nText " + noise +
            "\r\n--b\r\nContent-Type: multipart/related; boundary=\"nie\"\r\n\r\n--nie\r\nContent-Type: text/html\r\n\r\n<p>offen\r\n--b\r\n--b\r\n");
    }

    /// <summary>A PDF of a few hundred KB whose one content stream inflates to 512 MB of zeros.</summary>
    public static byte[] PdfBomb()
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 512; i++) zlib.Write(zeros);
        }

        var stream = compressed.ToArray();
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Obj(byte[] content)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{offsets.Count} 0 obj\n"));
            pdf.Write(content);
            pdf.Write("\nendobj\n"u8);
        }

        pdf.Write("%PDF-1.4\n"u8);
        Obj("<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray());
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray());
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"u8.ToArray());
        Obj([.. Encoding.ASCII.GetBytes($"<< /Length {stream.Length} /Filter /FlateDecode >>\nstream\n"), .. stream, .. "\nendstream"u8.ToArray()]);
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        var encoded = Convert.ToBase64String(pdf.ToArray(), Base64FormattingOptions.InsertLineBreaks);
        return Mail("Bestellung (PDF)", "Content-Type: multipart/mixed; boundary=\"pdf\"\r\n",
            "--pdf\r\nContent-Type: text/plain\r\n\r\nBestellung anbei.\r\n--pdf\r\nContent-Type: application/pdf; name=\"bestellung.pdf\"\r\n" +
            "Content-Transfer-Encoding: base64\r\n\r\n" + encoded + "\r\n--pdf--\r\n");
    }
}
