using HappyButtons.Web.Localization;

namespace HappyButtons.Tests.Web;

public class UiTextTests
{
    [Fact]
    public void GermanTexts_OfAllFeatures_AgreeWhereTheyShareAKey()
    {
        var german = UiStrings.German;

        Assert.Equal("Posteingang", german["Inbox"]);
        Assert.Equal("Reihenfolge", german["Position"]);
        Assert.Equal("Vertrieb", german["dept.sales"]);
    }
}

public class CronWordsTests
{
    [Theory]
    [InlineData("0/10 * * * * ?", "alle 10 Sekunden")]
    [InlineData("0 0/5 * * * ?", "alle 5 Minuten")]
    [InlineData("0 30 3 * * ?", "täglich um 03:30 Uhr")]
    [InlineData("0 0 7 ? * MON-FRI", "werktags um 07:00 Uhr")]
    [InlineData("0 0 9 ? * MON", "jeden Montag um 09:00 Uhr")]
    [InlineData("0 15 * * * ?", "stündlich zur Minute 15")]
    public void Schedules_ReadAsGerman(string cron, string german)
    {
        Assert.Equal(german, CronWords.ToGerman(HappyButtons.Engine.Jobs.CronDescriber.Describe(cron)));
    }
}
