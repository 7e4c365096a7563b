using HappyButtons.Engine.Mail.Mime;

namespace HappyButtons.Tests.Mail.Mime;

public class AddressParserTests
{
    [Fact]
    public void Parse_ReadsQuotedDisplayNameWithComma()
    {
        var list = AddressParser.Parse("\"Weber, Petra\" <p.weber@happy-buttons.de>, info@happy-buttons.de");
        Assert.Equal([new EmailAddress("Weber, Petra", "p.weber@happy-buttons.de"), new EmailAddress(null, "info@happy-buttons.de")], list);
    }

    [Fact]
    public void Parse_JoinsUnquotedLastNameFirstNameBackIntoOneMailbox()
    {
        var list = AddressParser.Parse("Müller, Jürgen <jm@x.de>, Weber, Petra <pw@x.de>, info@x.de");
        Assert.Equal([new EmailAddress("Müller, Jürgen", "jm@x.de"), new EmailAddress("Weber, Petra", "pw@x.de"), new EmailAddress(null, "info@x.de")], list);
    }

    [Fact]
    public void Parse_UsesCommentAsDisplayName_WhenNoPhraseExists()
    {
        Assert.Equal(new EmailAddress("Hans Meier", "hans@meier.de"), Assert.Single(AddressParser.Parse("hans@meier.de (Hans Meier)")));
    }

    [Fact]
    public void Parse_IgnoresCommentsInsideNameAddr()
    {
        Assert.Equal(new EmailAddress("Anna", "anna@x.de"), Assert.Single(AddressParser.Parse("Anna (Einkauf) <anna@x.de>")));
    }

    [Fact]
    public void Parse_FlattensGroupsAndRemembersTheGroupName()
    {
        var list = AddressParser.Parse("Vertrieb: a@x.de, \"B\" <b@x.de>; c@y.de, undisclosed-recipients:;");
        Assert.Equal(3, list.Count);
        Assert.Equal("Vertrieb", list[0].Group);
        Assert.Equal("Vertrieb", list[1].Group);
        Assert.Null(list[2].Group);
        Assert.Equal("c@y.de", list[2].Address);
    }

    [Fact]
    public void Parse_DecodesEncodedWordDisplayName()
    {
        var address = Assert.Single(AddressParser.Parse("=?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@x.de>"));
        Assert.Equal("Jürgen Müller", address.DisplayName);
    }

    [Fact]
    public void Parse_DecodesEncodedWordInsideQuotes_AsOutlookSendsIt()
    {
        Assert.Equal("Jörg", Assert.Single(AddressParser.Parse("\"=?utf-8?Q?J=C3=B6rg?=\" <j@x.de>")).DisplayName);
    }

    [Fact]
    public void Parse_StripsObsoleteSourceRoute()
    {
        Assert.Equal("user@host.de", Assert.Single(AddressParser.Parse("<@relay.de:user@host.de>")).Address);
    }

    [Fact]
    public void Domain_IsLowerCasedPartAfterTheLastAt()
    {
        Assert.Equal("mueller-textil.de", new EmailAddress(null, "\"a@b\"@Mueller-Textil.DE").Domain);
    }

    [Fact]
    public void Parse_ReturnsEmptyList_ForEmptyOrMissingHeader()
    {
        Assert.Empty(AddressParser.Parse(null));
        Assert.Empty(AddressParser.Parse("   "));
    }
}
