using System.Text;

namespace HappyButtons.Tests.Fixtures.Mime;

/// <summary>
/// A winmail.dat (TNEF) as Outlook writes it when "Rich Text" is on: the body and each file as TNEF attributes
/// (signature, key, then level/tag/length/data/checksum per attribute). Only what the tests need.
/// </summary>
public static class Tnef
{
    private const uint Signature = 0x223E9F78;

    public static byte[] Build(string body, params (string Name, byte[] Content)[] files)
    {
        using var output = new MemoryStream();
        using var writer = new BinaryWriter(output);
        writer.Write(Signature);
        writer.Write((ushort)0x0001);
        Attribute(writer, level: 1, tag: 0x00089006, BitConverter.GetBytes(0x00010000u));          // attTnefVersion
        Attribute(writer, level: 1, tag: 0x00069007, [0xE4, 0x04, 0, 0, 0, 0, 0, 0]);             // attOemCodepage 1252
        Attribute(writer, level: 1, tag: 0x00078008, Encoding.ASCII.GetBytes("IPM.Note\0"));        // attMessageClass
        Attribute(writer, level: 1, tag: 0x0002800C, Encoding.Latin1.GetBytes(body + "\0"));        // attBody
        foreach (var (name, content) in files)
        {
            Attribute(writer, level: 2, tag: 0x00069002, [1, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0]); // attAttachRendData
            Attribute(writer, level: 2, tag: 0x00018010, Encoding.Latin1.GetBytes(name + "\0"));    // attAttachTitle
            Attribute(writer, level: 2, tag: 0x0006800F, content);                                  // attAttachData
        }

        writer.Flush();
        return output.ToArray();
    }

    /// <summary>A mail with an empty text body and the TNEF part, as Outlook sends it to a non-Outlook recipient.</summary>
    public static byte[] Mail(byte[] winmail) => Eml.Bytes(
        "From: Petra Weber <p.weber@modehaus-lindner.de>\nTo: sales@happybuttons.de\nSubject: Bestellung Herbst\nMIME-Version: 1.0\n" +
        "Content-Type: multipart/mixed; boundary=\"tnef\"\n\n--tnef\nContent-Type: text/plain; charset=utf-8\n\n\n--tnef\n" +
        "Content-Type: application/ms-tnef; name=\"winmail.dat\"\nContent-Disposition: attachment; filename=\"winmail.dat\"\n" +
        "Content-Transfer-Encoding: base64\n\n" + Convert.ToBase64String(winmail, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n") + "\n--tnef--\n");

    private static void Attribute(BinaryWriter writer, byte level, uint tag, byte[] data)
    {
        writer.Write(level);
        writer.Write(tag);
        writer.Write((uint)data.Length);
        writer.Write(data);
        writer.Write((ushort)data.Sum(b => b));
    }
}
