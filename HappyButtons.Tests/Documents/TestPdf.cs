using System.IO.Compression;
using System.Text;
using HappyButtons.Engine.Documents;

namespace HappyButtons.Tests.Documents;

/// <summary>PDFs for extraction tests: text written by our own <see cref="SimpleTextPdf"/>, and hostile ones built here by hand.</summary>
public static class TestPdf
{
    public static byte[] WithLines(params string[] lines) => SimpleTextPdf.FromLines(lines);

    /// <summary>One page whose content stream inflates to <paramref name="inflatedBytes"/> zero bytes (a decompression bomb).</summary>
    public static byte[] DecompressionBomb(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
            {
                zlib.Write(zeros, 0, (int)Math.Min(zeros.Length, inflatedBytes - written));
            }
        }

        var stream = compressed.ToArray();
        return Build(
            [
                Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"),
                [.. Ascii($"<< /Length {stream.Length} /Filter /FlateDecode >>\nstream\n"), .. stream, .. Ascii("\nendstream")],
            ],
            trailerExtra: "");
    }

    /// <summary>A PDF encrypted with the standard security handler whose user password is not empty.</summary>
    public static byte[] PasswordProtected()
    {
        var content = Ascii("BT /F1 12 Tf 72 700 Td (geheim) Tj ET");
        var owner = new string('A', 64);
        var user = new string('B', 64);
        return Build(
            [
                Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"),
                [.. Ascii($"<< /Length {content.Length} >>\nstream\n"), .. content, .. Ascii("\nendstream")],
                Ascii($"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{owner}> /U <{user}> >>"),
            ],
            trailerExtra: " /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
    }

    private static byte[] Build(IReadOnlyList<byte[]> objects, string trailerExtra)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
