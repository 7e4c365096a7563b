using HappyButtons.Engine.Intake.Enrichment.Fraud;
using static HappyButtons.Tests.Intake.Mails;

namespace HappyButtons.Tests.Intake;

public sealed class FraudSignalTests
{
    [Fact]
    public void Risk_IsZero_ForOrdinaryCustomerMail()
    {
        var result = Enrich(TestMail("a.weber@autowerk-sued.de", "Abruf", "Bitte liefern Sie 40.000 Stk.",
            headers: ("Authentication-Results", "mx.happybuttons.de; spf=pass smtp.mailfrom=autowerk-sued.de; dkim=pass; dmarc=pass")));

        Assert.Equal(0, result.Risk.Score);
        Assert.Empty(result.Risk.Signals);
    }

    [Fact]
    public void Risk_FlagsLookalikeSenderDomain()
    {
        var result = Enrich(TestMail("a.weber@autowerk-sued.com", "Abruf", "Bitte liefern Sie 40.000 Stk."));

        Assert.True(result.Risk.Has(RiskWeights.LookalikeDomain));
        Assert.Equal(RiskWeights.Weights[RiskWeights.LookalikeDomain], result.Risk.Score);
    }

    [Fact]
    public void Risk_FlagsDisplayNameOfColleague_FromForeignAddress()
    {
        var result = Enrich(TestMail("\"Martina Frohmann\" <ceo.office@protonmail.com>", "Überweisung", "Bitte heute noch erledigen."));

        Assert.True(result.Risk.Has(RiskWeights.DisplayNameStaff));
    }

    [Fact]
    public void Risk_DoesNotFlagColleague_FromOwnDomain()
    {
        Assert.False(Enrich(TestMail("\"Martina Frohmann\" <m.frohmann@happybuttons.de>", "Info", "Text")).Risk.Has(RiskWeights.DisplayNameStaff));
    }

    [Fact]
    public void Risk_FlagsDisplayNameOfCustomerContact_FromForeignAddress()
    {
        var result = Enrich(TestMail("\"Sabine Kessler\" <sabine.kessler@outlook.com>", "Rechnung", "Bitte Rechnung schicken."));

        Assert.True(result.Risk.Has(RiskWeights.DisplayNameContact));
    }

    [Fact]
    public void Risk_DoesNotFlagContact_WritingFromAnotherDomainOfTheSameCustomer()
    {
        Assert.False(Enrich(TestMail("\"Sabine Kessler\" <s.kessler@kessler-group.com>", "Info", "Text")).Risk.Has(RiskWeights.DisplayNameContact));
    }

    [Fact]
    public void Risk_FlagsReplyToOnAnotherDomain()
    {
        var result = Enrich(TestMail("claudia@modehaus-lindner.de", "Zahlung", "Bitte antworten.", replyTo: "claudia.lindner@gmail.com"));

        Assert.True(result.Risk.Has(RiskWeights.ReplyToMismatch));
    }

    [Fact]
    public void Risk_FlagsLookalikeReplyTo()
    {
        var result = Enrich(TestMail("claudia@modehaus-lindner.de", "Zahlung", "Bitte antworten.", replyTo: "claudia@modehaus-llndner.de"));

        Assert.True(result.Risk.Has(RiskWeights.ReplyToLookalike));
    }

    [Fact]
    public void Risk_FlagsFailingSpfDkimDmarc()
    {
        var result = Enrich(TestMail("info@some-sender.de", "Info", "Text",
            headers: ("Authentication-Results", "mx.happybuttons.de; spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=some-sender.de; dkim=fail header.d=some-sender.de; dmarc=fail (p=reject) header.from=some-sender.de")));

        Assert.True(result.Risk.Has(RiskWeights.SpfFail));
        Assert.True(result.Risk.Has(RiskWeights.DkimFail));
        Assert.True(result.Risk.Has(RiskWeights.DmarcFail));
        Assert.Equal(55, result.Risk.Score);
    }

    [Theory]
    [InlineData("Bitte beachten Sie unsere neue Bankverbindung ab 1. Mai.")]
    [InlineData("Unsere IBAN hat sich geändert, bitte nur noch auf das neue Konto zahlen.")]
    [InlineData("Please note our new bank details below.")]
    [InlineData("Kindly update our account details before the next payment.")]
    public void Risk_FlagsBankChangeWording_InGermanAndEnglish(string body)
    {
        Assert.True(Enrich(TestMail("buchhaltung@strickwaren-becker.de", "Info", body)).Risk.Has(RiskWeights.BankChangeWording));
    }

    [Fact]
    public void Risk_IsHigh_WhenBankChangeComesFromLookalikeDomainWithFailingDmarc()
    {
        var result = Enrich(TestMail("\"Jan Becker\" <buchhaltung@strickwaren-becker.com>", "Neue Bankverbindung",
            "Bitte überweisen Sie ab sofort auf unsere neue Bankverbindung.",
            headers: ("Authentication-Results", "mx; spf=pass; dkim=none; dmarc=fail")));

        Assert.True(result.Risk.Score >= 80, $"score {result.Risk.Score}");
        Assert.True(result.Risk.Has(RiskWeights.BankChangeWithAnomaly));
        Assert.All(result.Risk.Signals, s => Assert.False(string.IsNullOrWhiteSpace(s.Explanation)));
    }

    [Fact]
    public void Risk_ScoreIsCappedAtHundred()
    {
        var result = Enrich(TestMail("\"Martina Frohmann\" <m.frohmann@happy-buttons.de>", "Neue Bankverbindung", "new bank details",
            replyTo: "pay@xn--hppybuttons-9zb.de",
            headers: ("Authentication-Results", "spf=fail; dkim=fail; dmarc=fail")));

        Assert.Equal(100, result.Risk.Score);
    }
}
