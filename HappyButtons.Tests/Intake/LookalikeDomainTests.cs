using HappyButtons.Engine.Intake.Enrichment.Fraud;

namespace HappyButtons.Tests.Intake;

public sealed class LookalikeDomainTests
{
    private readonly LookalikeDomainDetector _detector = new(["happybuttons.de", "autowerk-sued.de", "kessler-hausgeraete.de", "brightwear.co.uk", "knopf-faden.de"]);

    [Theory]
    [InlineData("happy-buttons.de", "hyphen")]
    [InlineData("happybuttons.com", ".com instead of .de")]
    [InlineData("happybuttons-de.com", "additions")]
    [InlineData("autowerk-sud.de", "differs")]
    [InlineData("autowerk-sued.de.secure-mail.com", "sub-domain")]
    [InlineData("autovverk-sued.de", "")]
    [InlineData("kessIer-hausgeraete.de", "")]
    [InlineData("kessler-hausgerate.de", "")]
    [InlineData("happybuttoms.de", "")]
    [InlineData("hapybuttons.de", "")]
    [InlineData("happybutt0ns.de", "")]
    [InlineData("brlghtwear.co.uk", "")]
    [InlineData("brightwear.com", ".com instead of .co.uk")]
    [InlineData("knopf-faden.com", "")]
    public void Lookalike_IsDetected_ForImitatedDomains(string domain, string technique)
    {
        var match = _detector.Find(domain);

        Assert.NotNull(match);
        Assert.Contains(technique, match.Technique);
    }

    [Fact]
    public void Lookalike_IsDetected_ForCyrillicHomoglyphsInPunycode()
    {
        var punycode = new System.Globalization.IdnMapping().GetAscii("hаppybuttons.de"); // Cyrillic а

        var match = _detector.Find(punycode);

        Assert.StartsWith("xn--", punycode);
        Assert.NotNull(match);
        Assert.Contains("IDN", match.Technique);
    }

    [Fact]
    public void Lookalike_IsDetected_ForRnInsteadOfM()
    {
        var detector = new LookalikeDomainDetector(["modehaus-lindner.de"]);

        Assert.NotNull(detector.Find("rnodehaus-lindner.de"));
    }

    [Theory]
    [InlineData("happybuttons.de")]
    [InlineData("mail.happybuttons.de")]
    [InlineData("gmail.com")]
    [InlineData("web.de")]
    [InlineData("modehaus-lindner.de")]
    [InlineData("trachten-huber.de")]
    [InlineData("textilwerk-nord.de")]
    [InlineData("nordicseating.se")]
    [InlineData("autohaus-sued.de")]
    public void Lookalike_IsNotReported_ForOwnKnownOrUnrelatedDomains(string domain)
    {
        Assert.Null(_detector.Find(domain));
    }
}
