using System.Text;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Tests.Intake;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Bandstillstand", "bandstillstand")]
    [InlineData("BÜRO Straße", "buero strasse")]
    [InlineData("Café\u00A0Crème", "cafe creme")]
    [InlineData("", "")]
    public void Fold_LowerCasesAndSpellsOutUmlauts(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Fact]
    public void Fold_MatchesTheCharByCharDefinition_ForEveryChar()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "Ab" + (char)c + "Cd" + (char)c;
            Assert.Equal(Reference(text), TextFolding.Fold(text));
        }
    }

    /// <summary>The original char-by-char folding, kept as the definition the fast version must match.</summary>
    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            builder.Append(c switch
            {
                'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss",
                'é' or 'è' or 'ê' or 'ë' => "e", 'á' or 'à' or 'â' => "a", 'ó' or 'ò' or 'ô' => "o",
                'í' or 'ì' or 'î' or 'ï' => "i", 'ú' or 'ù' or 'û' => "u", 'ç' => "c", '\u00A0' => " ",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
