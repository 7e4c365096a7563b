using Bunit;
using HappyButtons.Tests.Components;
using HappyButtons.Web.Inbox;

namespace HappyButtons.Tests.Replies;

/// <summary>The composer's courtesy chip: the live score of the text, and in German what is missing.</summary>
public sealed class CourtesyChipTests
{
    [Fact]
    public async Task AModelReply_Shows100_AndEveryRuleMet()
    {
        await using var context = ComponentContext.Create(null, null);

        var cut = context.Render<CourtesyChip>(p => p.Add(c => c.Text, CourtesyScoreTests.German));

        var chip = cut.Find("#composer-courtesy");
        Assert.Equal("100", chip.GetAttribute("data-score"));
        Assert.Contains("Höflichkeit 100/100", chip.TextContent);
        Assert.Equal("Alle Höflichkeitsregeln sind erfüllt.", chip.GetAttribute("data-missing"));
    }

    [Fact]
    public async Task WhileTyping_TheScoreFollowsTheText_AndNamesWhatIsMissingInGerman()
    {
        await using var context = ComponentContext.Create(null, null);
        var cut = context.Render<CourtesyChip>(p => p.Add(c => c.Text, CourtesyScoreTests.German));

        cut.Render(p => p.Add(c => c.Text, CourtesyScoreTests.German.Replace("Mit freundlichen Grüßen", "Tschüss").Replace("Sehr geehrte Frau Dr. Krüger,", "Hallo,")));

        var chip = cut.Find("#composer-courtesy");
        Assert.Equal("75", chip.GetAttribute("data-score"));
        Assert.Equal("Fehlt: Anrede mit Titel und Name, Grußformel", chip.GetAttribute("data-missing"));
        Assert.DoesNotContain("closing", cut.Markup);
    }

    [Fact]
    public async Task AnEnglishText_IsScoredByTheEnglishRules()
    {
        await using var context = ComponentContext.Create(null, null);

        var cut = context.Render<CourtesyChip>(p => p.Add(c => c.Text, CourtesyScoreTests.English));

        Assert.Equal("100", cut.Find("#composer-courtesy").GetAttribute("data-score"));
    }
}
