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
