using HappyButtons.Engine.Intake.Enrichment;
using static HappyButtons.Tests.Intake.Mails;

namespace HappyButtons.Tests.Intake;

public sealed class CustomerMatchTests
{
    [Fact]
    public void Customer_IsMatchedByExactAddress_WithContact()
    {
        var result = Enrich(TestMail("\"Dr. Anna Weber\" <A.Weber@autowerk-sued.de>", "Abruf", "Text"));

        Assert.Equal(CustomerMatchKind.ExactAddress, result.Customer.Kind);
        Assert.Equal("10042", result.Customer.Customer?.Number);
        Assert.Equal("Weber", result.Customer.Contact?.LastName);
    }

    [Fact]
    public void Customer_IsMatchedByDomain_ForUnknownPersonAtKnownCompany()
    {
        var result = Enrich(TestMail("new.colleague@kessler-group.com", "Hallo", "Text"));

        Assert.Equal(CustomerMatchKind.Domain, result.Customer.Kind);
        Assert.Equal("10057", result.Customer.Customer?.Number);
        Assert.Null(result.Customer.Contact);
    }

    [Fact]
    public void Customer_IsMatchedBySubdomain()
    {
        Assert.Equal("10042", Enrich(TestMail("edi@werk2.autowerk-sued.de", "Abruf", "Text")).Customer.Customer?.Number);
    }

    [Theory]
    [InlineData("weber.anna@gmail.com")]
    [InlineData("knopf-fan@web.de")]
    [InlineData("someone@gmx.de")]
    public void Customer_IsNotMatched_ByFreeMailDomain(string address)
    {
        Assert.False(Enrich(TestMail(address, "Frage", "Haben Sie rote Knöpfe?")).Customer.IsKnown);
    }

    [Fact]
    public void Customer_IsMatchedByCustomerNumberInText_WhenSenderIsFreeMail()
    {
        var result = Enrich(TestMail("petra.schmidt@gmail.com", "Nachbestellung", "Kd-Nr. 30106, bitte wie letztes Mal liefern."));

        Assert.Equal(CustomerMatchKind.ReferenceInText, result.Customer.Kind);
        Assert.Equal("30106", result.Customer.Customer?.Number);
    }
}
