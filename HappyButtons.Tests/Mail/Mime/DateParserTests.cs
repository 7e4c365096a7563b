using HappyButtons.Engine.Mail.Mime;

namespace HappyButtons.Tests.Mail.Mime;

public class DateParserTests
{
    [Theory]
    [InlineData("Tue, 12 Mar 2024 09:14:31 +0100", 2024, 3, 12, 9, 14, 31, 60)]
    [InlineData("12 Mar 2024 09:14:31 +0100", 2024, 3, 12, 9, 14, 31, 60)]
    [InlineData("Tue, 12 Mar 2024 09:14 +0100", 2024, 3, 12, 9, 14, 0, 60)]
    [InlineData("Tue, 12 Mar 24 09:14:31 CEST", 2024, 3, 12, 9, 14, 31, 120)]
    [InlineData("Fri, 1 Oct 99 23:00:00 EST", 1999, 10, 1, 23, 0, 0, -300)]
    [InlineData("Mon, 4 Jan 2021 10:00:00 GMT", 2021, 1, 4, 10, 0, 0, 0)]
    [InlineData("Mon, 4 Jan 2021 10:00:00 -0000 (UTC)", 2021, 1, 4, 10, 0, 0, 0)]
    [InlineData("Mon Jan  4 10:00:00 2021", 2021, 1, 4, 10, 0, 0, 0)]
    [InlineData("4 Jan 121 10:00:00 +0000", 2021, 1, 4, 10, 0, 0, 0)]
    [InlineData("Tue, 12 Mar 2024 09:14:31 +0100 (CET)", 2024, 3, 12, 9, 14, 31, 60)]
    public void Parse_ReadsModernAndObsoleteForms(string text, int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
    {
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromMinutes(offsetMinutes)), MimeDateParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("gestern")]
    [InlineData("31 Feb 2024 10:00:00 +0000")]
    [InlineData("Tue, 12 Mar 2024 25:14:31 +0100")]
    public void Parse_ReturnsNull_ForUnreadableDates(string text)
    {
        Assert.Null(MimeDateParser.Parse(text));
    }
}
