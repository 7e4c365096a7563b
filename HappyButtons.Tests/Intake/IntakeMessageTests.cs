using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Tests.Intake;

public sealed class IntakeMessageTests
{
    [Theory]
    [InlineData("\"Dr. Anna Weber\" <A.Weber@Autowerk-Sued.de>", "Dr. Anna Weber", "A.Weber@Autowerk-Sued.de", "autowerk-sued.de")]
    [InlineData("Jonas Keller <einkauf@autowerk-sued.de>", "Jonas Keller", "einkauf@autowerk-sued.de", "autowerk-sued.de")]
    [InlineData("info@atelier-rosalie.de", null, "info@atelier-rosalie.de", "atelier-rosalie.de")]
    public void EmailAddress_ParsesDisplayNameAndDomain(string text, string? name, string address, string domain)
    {
        var parsed = EmailAddress.Parse(text);

        Assert.Equal(name, parsed.DisplayName);
        Assert.Equal(address, parsed.Address);
        Assert.Equal(domain, parsed.Domain);
    }

    [Fact]
    public void AuthoredText_PrefersNewContent_OverTheQuotedBody()
    {
        var message = IntakeMessage.Simple("info", "a@b.de", "Re: Angebot", "Danke!\n> altes Zitat") with { NewContentText = "Danke!" };

        Assert.Equal("Danke!", message.AuthoredText);
    }

    [Fact]
    public void Headers_AreCaseInsensitive_AndKeepRepeatedValues()
    {
        var headers = MessageHeaders.Of(("Authentication-Results", "a"), ("authentication-results", "b"), ("X-Priority", "1"));

        Assert.Equal("1", headers["x-priority"]);
        Assert.Equal(["a", "b"], headers.All("AUTHENTICATION-RESULTS"));
        Assert.Null(headers["Importance"]);
    }

    [Fact]
    public void Contact_Salutation_UsesPreferredTextOrGenderNeutralFallback()
    {
        var weber = DemoCustomers.Contacts.Single(c => c.LastName == "Weber");
        var faden = DemoCustomers.Contacts.Single(c => c.LastName == "Faden");

        Assert.Equal("Sehr geehrte Frau Dr. Weber", weber.Salutation(Language.De));
        Assert.Equal("Guten Tag Dipl.-Ing. Thomas Faden", faden.Salutation(Language.De));
        Assert.Equal("Dear Dipl.-Ing. Thomas Faden", faden.Salutation(Language.En));
    }

    [Fact]
    public void DemoCustomers_HaveOemAccountsADistributorAndVips_AndEveryContactBelongsToACustomer()
    {
        var directory = DemoCustomers.CreateDirectory();

        Assert.True(directory.Customers.Count(c => c.Type == CustomerType.Oem) >= 3);
        Assert.Contains(directory.Customers, c => c.Type == CustomerType.Distributor);
        Assert.Contains(directory.Customers, c => c.IsVip);
        Assert.All(directory.Contacts, c => Assert.NotNull(directory.FindByNumber(c.CustomerNumber)));
        Assert.Equal("10042", directory.FindByFrameworkAgreement("rv-2024-017")?.Number);
    }
}
