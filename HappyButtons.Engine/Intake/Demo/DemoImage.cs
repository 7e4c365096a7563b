using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace HappyButtons.Engine.Intake.Demo;

/// <summary>Small generated PNG pictures for the demo mails (a photo stand-in, a logo), RGB, no external files.</summary>
internal static class DemoImage
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Png(int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel)
    {
        var raw = new byte[height * (1 + width * 3)];
        var i = 0;
        for (var y = 0; y < height; y++)
        {
            raw[i++] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = pixel(x, y);
                raw[i++] = r;
                raw[i++] = g;
                raw[i++] = b;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A round button on a wooden table with a crack across it: the complaint photo.</summary>
    public static byte[] BrokenButtonPhoto() => Png(160, 120, (x, y) =>
    {
        double dx = x - 80, dy = y - 60;
        var distance = Math.Sqrt(dx * dx + dy * dy);
        var crack = Math.Abs(dy - (dx * 0.6) - 4 * Math.Sin(x / 6.0)) < 1.4 && distance < 42;
        if (crack)
        {
            return (40, 30, 25);
        }

        if (distance < 42)
        {
            var hole = new[] { (-10, -10), (10, -10), (-10, 10), (10, 10) }.Any(h => Math.Pow(dx - h.Item1, 2) + Math.Pow(dy - h.Item2, 2) < 16);
            if (hole)
            {
                return (120, 90, 60);
            }

            var shade = (byte)(200 - distance * 1.2);
            return (shade, (byte)(shade * 0.82), (byte)(shade * 0.55));
        }

        var grain = (byte)(150 + 20 * Math.Sin(y / 3.0 + x / 40.0));
        return (grain, (byte)(grain * 0.72), (byte)(grain * 0.48));
    });

    /// <summary>A small coloured banner used as the inline logo of the HTML mail.</summary>
    public static byte[] Logo() => Png(120, 40, (x, y) =>
    {
        double dx = x - 20, dy = y - 20;
        return dx * dx + dy * dy < 225 ? ((byte)29, (byte)78, (byte)216) : ((byte)244, (byte)245, (byte)247);
    });

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typeBytes, data));
        output.Write(number);
    }

    private static uint Crc(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in type.Concat(data))
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
