using System.Security.Cryptography;
using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>Writes the part headers and bodies of a composed tree; picks the transfer encoding by content.</summary>
internal sealed class MimePartWriter(TextWriter writer)
{
    private const int Base64LineBytes = 57;

    public void Write(OutgoingPart part)
    {
        if (part is OutgoingMultipart multipart) WriteMultipart(multipart);
        else WriteLeaf((OutgoingLeaf)part);
    }

    private void WriteMultipart(OutgoingMultipart multipart)
    {
        // "=_" cannot occur in base64 or quoted-printable output, so the boundary never collides with content.
        var boundary = "=_hb_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var headers = new StringBuilder();
        HeaderFolder.Append(headers, "Content-Type", [$" multipart/{multipart.Subtype};", $" boundary=\"{boundary}\""]);
        writer.Write(headers);
        writer.Write("\r\n");
        foreach (var part in multipart.Parts)
        {
            writer.Write($"--{boundary}\r\n");
            Write(part);
            writer.Write("\r\n");
        }
        writer.Write($"--{boundary}--\r\n");
    }

    private void WriteLeaf(OutgoingLeaf leaf)
    {
        var encoding = leaf.IsText ? ChooseTextEncoding(leaf.Content) : "base64";
        var headers = new StringBuilder();
        var typeTokens = new List<string> { $" {leaf.MediaType}" };
        if (leaf.Charset is not null) typeTokens[0] += $"; charset={leaf.Charset}";
        if (leaf.FileName is not null) typeTokens[0] += ";";
        if (leaf.FileName is not null) typeTokens.AddRange(ParameterEncoder.Rfc2047Name("name", leaf.FileName));
        HeaderFolder.Append(headers, "Content-Type", typeTokens);
        HeaderFolder.Append(headers, "Content-Transfer-Encoding", encoding);
        if (leaf.FileName is not null)
        {
            var disposition = new List<string> { leaf.Inline ? " inline;" : " attachment;" };
            disposition.AddRange(ParameterEncoder.Rfc2231("filename", leaf.FileName));
            HeaderFolder.Append(headers, "Content-Disposition", disposition);
        }
        if (leaf.ContentId is not null) HeaderFolder.Append(headers, "Content-ID", $"<{leaf.ContentId}>");
        writer.Write(headers);
        writer.Write("\r\n");
        WriteBody(leaf.Content, encoding);
    }

    private void WriteBody(byte[] content, string encoding)
    {
        switch (encoding)
        {
            case "7bit":
                writer.Write(Encoding.ASCII.GetString(content));
                break;
            case "quoted-printable":
                writer.Write(QuotedPrintableEncoder.Encode(content));
                break;
            default:
                for (var offset = 0; offset < content.Length; offset += Base64LineBytes)
                {
                    writer.Write(Convert.ToBase64String(content, offset, Math.Min(Base64LineBytes, content.Length - offset)));
                    if (offset + Base64LineBytes < content.Length) writer.Write("\r\n");
                }
                break;
        }
    }

    /// <summary>7bit when ASCII with short lines; quoted-printable when mostly ASCII (readable in raw form); else base64.</summary>
    internal static string ChooseTextEncoding(ReadOnlySpan<byte> content)
    {
        var nonAscii = 0;
        var lineLength = 0;
        var longLine = false;
        var controls = false;
        for (var i = 0; i < content.Length; i++)
        {
            var b = content[i];
            if (b >= 128) nonAscii++;
            else if (b == 0 || (b == (byte)'\r' && (i + 1 >= content.Length || content[i + 1] != (byte)'\n'))) controls = true;
            lineLength = b == (byte)'\n' ? 0 : lineLength + 1;
            if (lineLength > 998) longLine = true;
        }
        if (nonAscii == 0 && !longLine && !controls) return "7bit";
        // Quoted-printable stays readable in raw form and costs little more than base64 up to a third of non-ASCII bytes.
        return nonAscii * 3 < content.Length ? "quoted-printable" : "base64";
    }
}
