using PdfSharp.Fonts;

namespace HappyButtons.Engine.Documents;

/// <summary>
/// PDFsharp finds no system fonts on Linux: it gets DejaVu Sans from Debian's <c>fonts-dejavu-core</c>
/// (<c>/usr/share/fonts/truetype/dejavu</c>) for every family it asks for, regular and bold.
/// </summary>
public sealed class DejaVuFontResolver(string directory) : IFontResolver
{
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";
    public const string Family = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Sets the resolver once per process (PDFsharp's setting is global).</summary>
    public static void Install(string directory = DefaultDirectory)
    {
        lock (Gate)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver(directory);
                _installed = true;
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[] GetFont(string faceName)
    {
        var path = Path.Combine(directory, faceName + ".ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The font {path} is missing: install the Debian package fonts-dejavu-core.", path);
        }

        return File.ReadAllBytes(path);
    }
}
