using System.Text;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// German-aware case and umlaut folding so "Bandstillstand", "BANDSTILLSTAND" and "Büro"/"Buero"
/// match the same phrase: lower-case, ä->ae, ö->oe, ü->ue, ß->ss, accents dropped.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                case 'é' or 'è' or 'ê' or 'ë': builder.Append('e'); break;
                case 'á' or 'à' or 'â': builder.Append('a'); break;
                case 'ó' or 'ò' or 'ô': builder.Append('o'); break;
                case 'í' or 'ì' or 'î' or 'ï': builder.Append('i'); break;
                case 'ú' or 'ù' or 'û': builder.Append('u'); break;
                case 'ç': builder.Append('c'); break;
                case '\u00A0': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
