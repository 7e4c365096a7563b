using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Enrichment;

namespace HappyButtons.Tests.Intake;

public sealed class LanguageDetectionTests
{
    [Theory]
    [InlineData("Bitte um Rückruf")]
    [InlineData("Sehr geehrte Damen und Herren, anbei unsere Bestellung.")]
    [InlineData("Knöpfe gebrochen")]
    [InlineData("wir brauchen die Ware bis morgen")]
    public void Language_IsGerman_ForShortGermanTexts(string text)
    {
        Assert.Equal(Language.De, LanguageDetector.Detect(text).Language);
    }

    [Theory]
    [InlineData("Please call back")]
    [InlineData("Dear team, please find attached our order.")]
    [InlineData("Where is my shipment?")]
    [InlineData("thanks for the quick delivery")]
    public void Language_IsEnglish_ForShortEnglishTexts(string text)
    {
        Assert.Equal(Language.En, LanguageDetector.Detect(text).Language);
    }

    [Theory]
    [InlineData("Bonjour, merci pour votre réponse. Cordialement")]
    [InlineData("Goedemorgen, wij zijn niet tevreden met de levering. Met vriendelijke groeten")]
    [InlineData("12345 67890")]
    public void Language_IsOther_ForOtherLanguagesOrNoWords(string text)
    {
        Assert.Equal(Language.Other, LanguageDetector.Detect(text).Language);
    }

    [Fact]
    public void Language_IsMarkedMixed_WhenGermanAndEnglishAreBothSubstantial()
    {
        var guess = LanguageDetector.Detect("Hallo, wir haben die Ware nicht bekommen. Please check the status of the order and send us the tracking number.");

        Assert.True(guess.IsMixed);
    }
}
